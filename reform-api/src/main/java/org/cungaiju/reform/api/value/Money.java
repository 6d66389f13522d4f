package org.cungaiju.reform.api.value;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * An amount of Chinese yuan (CNY) held exactly as a whole number of fen (分, 0.01 yuan).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Exact: the amount is a {@code long} count of fen; no binary fractions anywhere.
 *   <li>Arithmetic is overflow-checked: a result outside the range of {@code long} fen throws
 *       {@link ArithmeticException} rather than wrapping.
 *   <li>The text form is {@code "1234.56"}: an optional minus sign, the yuan without leading
 *       zeros, and exactly two decimals. {@link #parse} accepts at most two decimals and no
 *       exponent, so {@code "0.001"} and {@code "1e3"} are refused, never rounded.
 *       {@code parse(m.toString()).equals(m)} for every {@code m}.
 * </ul>
 *
 * <p>Amounts may be negative (a loss-making year); the places that forbid it say so.
 * Immutable and thread-safe.
 *
 * @param fen the amount in fen
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Money(long fen) implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private static final Pattern TEXT = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]{1,2})?");
  private static final String ACCEPTED =
      "a decimal number of yuan with at most two decimals and no exponent, such as \"1234.56\"";

  /** An amount of {@code fen} fen. */
  public static Money ofFen(long fen) {
    return new Money(fen);
  }

  /**
   * An amount of whole yuan.
   *
   * @throws ArithmeticException if the amount in fen does not fit in a {@code long}
   */
  public static Money ofYuan(long yuan) {
    return new Money(Math.multiplyExact(yuan, 100));
  }

  /**
   * Parses {@code "1234.56"}, {@code "-0.5"} or {@code "12"}.
   *
   * @throws InvalidInputException if the text is not a plain decimal with at most two decimals,
   *     or the amount does not fit in a {@code long} of fen
   */
  public static Money parse(CharSequence text) {
    String s = Checks.decimalText(text, "money", ACCEPTED);
    checkInput(TEXT.matcher(s).matches(), "money", s, "is not an amount of money", ACCEPTED);
    try {
      return new Money(new BigDecimal(s).movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("money", s, "is too large", "at most "
          + new Money(Long.MAX_VALUE) + " in absolute value");
    }
  }

  /**
   * The exact amount {@code yuan}, which must have at most two decimals.
   *
   * @throws InvalidInputException if {@code yuan} has more than two non-zero decimals or does
   *     not fit in a {@code long} of fen
   */
  public static Money of(BigDecimal yuan) {
    try {
      return new Money(yuan.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("money", Weight.shown(yuan),
          "has more than two decimals or is too large", ACCEPTED);
    }
  }

  /** The amount in yuan as an exact decimal with scale 2. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** {@code this + other}, overflow-checked. */
  public Money plus(Money other) {
    return new Money(Math.addExact(fen, other.fen));
  }

  /** {@code this - other}, overflow-checked. */
  public Money minus(Money other) {
    return new Money(Math.subtractExact(fen, other.fen));
  }

  /** {@code this × factor}, overflow-checked. */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(fen, factor));
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return fen > 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return fen == 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /** The text form, such as {@code "1234.56"} or {@code "-0.05"}. */
  @Override
  public String toString() {
    return toYuan().toPlainString();
  }
}
