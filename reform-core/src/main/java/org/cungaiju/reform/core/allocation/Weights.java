package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact weights of one allocation, brought to one integer scale: {@code long}s when their sum
 * fits in a {@code long} (the fast path), else {@link BigInteger}s.
 */
abstract class Weights {

  private final int size;
  private final int positives;

  Weights(int size, int positives) {
    this.size = size;
    this.positives = positives;
  }

  final int size() {
    return size;
  }

  /** How many weights are positive. */
  final int positives() {
    return positives;
  }

  abstract boolean isZero(int i);

  /** Compares weight {@code i} with weight {@code j}. */
  abstract int compare(int i, int j);

  abstract BigInteger get(int i);

  /** Compares {@code a / w_i} with {@code b / w_j}; both weights are positive, a and b not negative. */
  abstract int compareRatios(long a, int i, long b, int j);

  abstract BigInteger sum();

  /**
   * A copy of whole-number weights, {@code long}s when their sum fits, else big; {@code null}
   * when a weight is negative or above {@code limit}.
   */
  static Weights copyOf(long[] weights, long limit) {
    int n = weights.length;
    long[] copy = new long[n];
    long sum = 0;
    long max = 0;
    int positives = 0;
    boolean overflow = false;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      if (w < 0 || w > limit) {
        return null;
      }
      copy[i] = w;
      sum += w;
      // both were non-negative, so the first overflow shows as a negative sum
      overflow |= sum < 0;
      max = Math.max(max, w);
      positives += w == 0 ? 0 : 1;
    }
    if (!overflow) {
      return new OfLong(copy, sum, max, positives);
    }
    BigInteger[] big = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      big[i] = BigInteger.valueOf(copy[i]);
    }
    return new OfBig(big);
  }

  /** The integer weights, {@code long}s when they and their sum fit. */
  static Weights of(BigInteger[] weights) {
    long[] small = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      if (weights[i].bitLength() >= Long.SIZE) {
        return new OfBig(weights);
      }
      small[i] = weights[i].longValue();
    }
    return copyOf(small, Long.MAX_VALUE);
  }

  /** Weights that fit in a {@code long}, with a sum that fits too. */
  static final class OfLong extends Weights {
    final long[] values;
    final long sum;
    final long max;

    OfLong(long[] values, long sum, long max, int positives) {
      super(values.length, positives);
      this.values = values;
      this.sum = sum;
      this.max = max;
    }

    @Override
    boolean isZero(int i) {
      return values[i] == 0;
    }

    @Override
    int compare(int i, int j) {
      return Long.compare(values[i], values[j]);
    }

    @Override
    BigInteger get(int i) {
      return BigInteger.valueOf(values[i]);
    }

    @Override
    int compareRatios(long a, int i, long b, int j) {
      return Exact.compareProducts(a, values[j], b, values[i]);
    }

    @Override
    BigInteger sum() {
      return BigInteger.valueOf(sum);
    }
  }

  /** Weights whose sum, or one of them, needs more than a {@code long}. */
  static final class OfBig extends Weights {
    final BigInteger[] values;
    final BigInteger sum;

    OfBig(BigInteger[] values) {
      super(values.length, (int) Arrays.stream(values).filter(v -> v.signum() > 0).count());
      this.values = values;
      this.sum = Arrays.stream(values).reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Override
    boolean isZero(int i) {
      return values[i].signum() == 0;
    }

    @Override
    int compare(int i, int j) {
      return values[i].compareTo(values[j]);
    }

    @Override
    BigInteger get(int i) {
      return values[i];
    }

    @Override
    int compareRatios(long a, int i, long b, int j) {
      return BigInteger.valueOf(a).multiply(values[j])
          .compareTo(BigInteger.valueOf(b).multiply(values[i]));
    }

    @Override
    BigInteger sum() {
      return sum;
    }
  }
}
