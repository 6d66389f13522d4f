package org.cungaiju.reform.api.value;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * An exact non-negative weight: a whole number or a decimal such as {@code 1.5}, never a
 * binary fraction.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Exact: held as a {@link BigDecimal} normalised to its shortest form ({@code "1.50"} is
 *       {@code 1.5}, {@code "100"} is {@code 100} with scale 0), so equal weights are
 *       {@code equals}. Normalisation is idempotent.
 *   <li>Bounded: at most {@value #MAX_DECIMALS} decimals, and at most 2<sup>62</sup>, so every
 *       engine can compute with it exactly.
 *   <li>{@link #parse} takes plain notation only: {@code "1e3"}, {@code "-1"}, {@code "+1"},
 *       {@code ".5"} and {@code "01"} are refused.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the weight; normalised by the constructor
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Weight(BigDecimal value) implements Comparable<Weight> {

  /** The most decimals a weight may have. */
  public static final int MAX_DECIMALS = 18;

  /** The largest weight, 2<sup>62</sup>. */
  public static final BigDecimal MAX = new BigDecimal(BigInteger.ONE.shiftLeft(62));

  /** Weight zero. */
  public static final Weight ZERO = new Weight(BigDecimal.ZERO);

  /** Weight one. */
  public static final Weight ONE = new Weight(BigDecimal.ONE);

  private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final String ACCEPTED = "a non-negative number in plain notation with at most "
      + MAX_DECIMALS + " decimals, at most 2^62, such as \"3\" or \"1.5\"";

  /**
   * Validates and normalises.
   *
   * @throws InvalidInputException if the weight is negative, above 2<sup>62</sup> or has more
   *     than {@value #MAX_DECIMALS} decimals
   */
  public Weight {
    if (value.signum() < 0) {
      throw InvalidInputException.of("weight", shown(value), "is negative", ACCEPTED);
    }
    if (value.compareTo(MAX) > 0) {
      throw InvalidInputException.of("weight", shown(value), "is above 2^62", ACCEPTED);
    }
    value = normalise(value);
    if (value.scale() > MAX_DECIMALS) {
      throw InvalidInputException.of("weight", shown(value),
          "has more than " + MAX_DECIMALS + " decimals", ACCEPTED);
    }
  }

  /** A whole-number weight. */
  public static Weight of(long value) {
    return new Weight(BigDecimal.valueOf(value));
  }

  /** The exact weight {@code value}. */
  public static Weight of(BigDecimal value) {
    return new Weight(value);
  }

  /**
   * Parses a weight in plain notation, such as {@code "3"}, {@code "1.5"} or {@code "1.50"}.
   *
   * @throws InvalidInputException if the text is not a non-negative plain decimal in range
   */
  public static Weight parse(CharSequence text) {
    String s = Checks.decimalText(text, "weight", ACCEPTED);
    checkInput(TEXT.matcher(s).matches(), "weight", s, "is not a weight", ACCEPTED);
    return new Weight(new BigDecimal(s));
  }

  /** Whether the weight is zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** The number of decimals, 0 for a whole number. */
  public int scale() {
    return value.scale();
  }

  /**
   * The weight times 10<sup>{@code scale}</sup>, exactly; {@code scale} must be at least
   * {@link #scale()}. Engines use it to bring weights with different decimals to one integer
   * scale.
   */
  public BigInteger scaledTo(int scale) {
    if (scale < value.scale()) {
      throw new IllegalArgumentException(
          "scale " + scale + " is below the weight's own scale " + value.scale());
    }
    return value.movePointRight(scale).toBigIntegerExact();
  }

  @Override
  public int compareTo(Weight other) {
    return value.compareTo(other.value);
  }

  /** The weight in plain notation, such as {@code "1.5"}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }

  /**
   * A decimal as a message shows it: plain notation when that is short, else the scientific
   * form, cut to at most 60 characters. {@code 1E-1000000000} in plain notation would be a
   * billion characters long: a short input must not make a huge message.
   */
  static String shown(BigDecimal v) {
    boolean plainIsShort = v.precision() <= 40 && Math.abs((long) v.scale()) <= 40;
    String text = plainIsShort ? v.toPlainString() : v.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  static BigDecimal normalise(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
