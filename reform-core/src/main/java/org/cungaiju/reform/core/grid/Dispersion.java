package org.cungaiju.reform.core.grid;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The coefficient of variation of whole numbers, from exact sums, rounded with integers only. */
final class Dispersion {

  private static final BigInteger SCALE = BigInteger.TEN.pow(PlanSummary.CV_SCALE);

  private Dispersion() {}

  /**
   * The population coefficient of variation of {@code count} values summing to {@code sum} with
   * squares summing to {@code squares}: √(count·squares − sum²) ÷ sum, rounded half up to
   * {@link PlanSummary#CV_SCALE} decimals; 0 when {@code count ≤ 1} or {@code sum = 0}.
   *
   * <p>With {@code v} the exact value times 10^scale, the result is ⌊(⌊2v⌋ + 1) ÷ 2⌋, and
   * ⌊2v⌋ = ⌊⌊√(4·10^(2·scale)·(count·squares − sum²))⌋ ÷ sum⌋: integer square root and
   * division, no rounding on the way.
   */
  static BigDecimal coefficientOfVariation(long count, long sum, BigInteger squares) {
    if (count <= 1 || sum == 0) {
      return BigDecimal.ZERO.setScale(PlanSummary.CV_SCALE);
    }
    BigInteger total = BigInteger.valueOf(sum);
    BigInteger spread = BigInteger.valueOf(count).multiply(squares).subtract(total.pow(2));
    BigInteger twice = spread.multiply(SCALE.pow(2)).shiftLeft(2).sqrt().divide(total);
    return new BigDecimal(twice.add(BigInteger.ONE).shiftRight(1), PlanSummary.CV_SCALE);
  }
}
