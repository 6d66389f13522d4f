package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;

/**
 * Exact integer arithmetic on non-negative {@code long}s: 128-bit products through {@link
 * Math#multiplyHigh}, and a {@link BigInteger} fallback where a quotient needs more than 64 bits
 * of dividend.
 *
 * <p>Every operand is non-negative, so the high half of a product is a non-negative signed
 * {@code long} and the low half is read as unsigned.
 */
final class Exact {

  private Exact() {}

  /** Compares {@code a·b} with {@code c·d} exactly; every operand is non-negative. */
  static int compareProducts(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    if (high != otherHigh) {
      return Long.compare(high, otherHigh);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /** Whether {@code a·b} fits in a non-negative {@code long}; both are non-negative. */
  static boolean productFits(long a, long b) {
    return Math.multiplyHigh(a, b) == 0 && a * b >= 0;
  }

  /**
   * {@code floor(a·b / c)}, saturated at {@link Long#MAX_VALUE}; {@code a} and {@code b} are
   * non-negative and {@code c} positive.
   */
  static long multiplyDivide(long a, long b, long c) {
    if (productFits(a, b)) {
      return a * b / c;
    }
    return saturated(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
        .divide(BigInteger.valueOf(c)));
  }

  /** {@code value} if it fits in a {@code long}, else {@link Long#MAX_VALUE}; non-negative. */
  static long saturated(BigInteger value) {
    return value.bitLength() < Long.SIZE ? value.longValue() : Long.MAX_VALUE;
  }

  /** The largest {@code r} with {@code r·r <= n}, for {@code n >= 0}. */
  static long floorSqrt(long n) {
    long r = 0;
    for (long bit = 1L << 31; bit > 0; bit >>= 1) {
      long candidate = r | bit;
      if (candidate <= n / candidate) {
        r = candidate;
      }
    }
    return r;
  }
}
