package org.cungaiju.reform.core.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.cungaiju.reform.api.Api;

/**
 * An exact rational number, such as a quota of {@code 1400/3} units.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>In lowest terms with a positive denominator, so equal numbers are {@code equals}; the
 *       normalisation is idempotent.
 *   <li>Exact: no binary fractions; {@link #toDecimal} rounds only when asked.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Fraction(BigInteger numerator, BigInteger denominator)
    implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /**
   * Reduces to lowest terms with a positive denominator.
   *
   * @throws IllegalArgumentException if the denominator is zero
   */
  public Fraction {
    checkArgument(denominator.signum() != 0, "denominator is zero: %s/0", numerator);
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /** {@code numerator / denominator}. */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    return new Fraction(numerator, denominator);
  }

  /** {@code numerator / denominator}. */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The whole number {@code value}. */
  public static Fraction of(long value) {
    return of(value, 1);
  }

  /** The exact value of a decimal. */
  public static Fraction of(BigDecimal value) {
    return value.scale() <= 0
        ? new Fraction(value.toBigIntegerExact(), BigInteger.ONE)
        : new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** The largest whole number not above this one. */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** Whether it is a whole number. */
  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /** The number rounded half-even to {@code scale} decimals, for display. */
  public BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale,
        RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Reads as {@code 1400/3}, or {@code 5} for a whole number. */
  @Override
  public String toString() {
    return isWhole() ? numerator.toString() : numerator + "/" + denominator;
  }
}
