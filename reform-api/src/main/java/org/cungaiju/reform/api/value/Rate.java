package org.cungaiju.reform.api.value;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * An exact rate between 0 and 1 inclusive, such as a reserve-fund rate of {@code 0.10} or a
 * retained-land ratio.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Exact: a normalised {@link BigDecimal} ({@code 0.10} equals {@code 0.1}), at most
 *       {@value #MAX_DECIMALS} decimals; normalisation is idempotent.
 *   <li>{@link #floorOf(Money)} rounds towards negative infinity, to the fen: the retention
 *       rule of the dividend engines.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the rate, in [0, 1]
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Rate(BigDecimal value) implements Comparable<Rate> {

  /** The most decimals a rate may have. */
  public static final int MAX_DECIMALS = 12;

  /** Rate zero. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);

  /** Rate one: everything. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final String ACCEPTED =
      "a decimal from 0 to 1 in plain notation with at most " + MAX_DECIMALS
          + " decimals, such as \"0.1\"";

  /**
   * Validates and normalises.
   *
   * @throws InvalidInputException if the rate is outside [0, 1] or has too many decimals
   */
  public Rate {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidInputException.of("rate", Weight.shown(value), "is outside [0, 1]", ACCEPTED);
    }
    value = Weight.normalise(value);
    if (value.scale() > MAX_DECIMALS) {
      throw InvalidInputException.of("rate", Weight.shown(value),
          "has more than " + MAX_DECIMALS + " decimals", ACCEPTED);
    }
  }

  /** The exact rate {@code value}. */
  public static Rate of(BigDecimal value) {
    return new Rate(value);
  }

  /** {@code percent} per cent, such as {@code ofPercent(10)} for 0.1. */
  public static Rate ofPercent(long percent) {
    return new Rate(BigDecimal.valueOf(percent, 2));
  }

  /**
   * Parses a rate in plain notation, such as {@code "0.1"}.
   *
   * @throws InvalidInputException if the text is not a plain decimal in [0, 1]
   */
  public static Rate parse(CharSequence text) {
    String s = Checks.decimalText(text, "rate", ACCEPTED);
    checkInput(TEXT.matcher(s).matches(), "rate", s, "is not a rate", ACCEPTED);
    return new Rate(new BigDecimal(s));
  }

  /**
   * {@code amount × rate}, rounded towards negative infinity to the fen.
   *
   * @throws ArithmeticException never for amounts in range: the result's magnitude is at most
   *     the amount's
   */
  public Money floorOf(Money amount) {
    BigDecimal exact = value.multiply(BigDecimal.valueOf(amount.fen()));
    return Money.ofFen(exact.setScale(0, RoundingMode.FLOOR).longValueExact());
  }

  /** {@code n × rate} exactly, as a decimal. */
  public BigDecimal times(BigInteger n) {
    return value.multiply(new BigDecimal(n));
  }

  /** Whether the rate is zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** The sum of two rates, which must stay within [0, 1]. */
  public Rate plus(Rate other) {
    return new Rate(value.add(other.value));
  }

  @Override
  public int compareTo(Rate other) {
    return value.compareTo(other.value);
  }

  /** The rate in plain notation, such as {@code "0.1"}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
