package org.cungaiju.reform.core.allocation;

/**
 * Exact division of non-negative {@code long}s by one fixed positive divisor, through a
 * precomputed reciprocal: a multiplication and one correction step instead of a hardware
 * division, which is what a loop dividing millions of products by the same sum spends its time
 * on.
 *
 * <p>With {@code m = floor((2^64 - 1) / d)}, the estimate {@code floor(x·m / 2^64)} is the
 * quotient or one less for every {@code 0 <= x < 2^63}, so one comparison of the remainder
 * makes it exact.
 */
final class Divider {

  private final long divisor;
  private final long reciprocal;

  Divider(long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor is not positive: " + divisor);
    }
    this.divisor = divisor;
    this.reciprocal = Long.divideUnsigned(-1L, divisor);
  }

  /** {@code floor(x / divisor)} for {@code 0 <= x}. */
  long quotient(long x) {
    // the unsigned high half of x·reciprocal: the signed one, plus x when the reciprocal's top
    // bit is set
    long q = Math.multiplyHigh(x, reciprocal) + ((reciprocal >> 63) & x);
    return x - q * divisor >= divisor ? q + 1 : q;
  }

  long divisor() {
    return divisor;
  }
}
