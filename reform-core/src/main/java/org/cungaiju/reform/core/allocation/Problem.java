package org.cungaiju.reform.core.allocation;

/**
 * One validated apportionment: the total, the weights at one integer scale and the bounds.
 * Every check of the caller's input happened before; the engines trust it.
 *
 * <p>{@code lower} is {@code null} when no claim has a minimum, {@code upper} when none has a
 * maximum ({@link Long#MAX_VALUE} stands for no maximum of one claim). A zero weight is held at
 * its minimum.
 */
final class Problem {

  final Method method;
  final long total;
  final Weights weights;
  final long[] lower;
  final long[] upper;
  final long lowerSum;
  /** The decimals the integer weights stand for: weight {@code i} is {@code weights.get(i)·10^-scale}. */
  final int scale;

  Problem(Method method, long total, Weights weights, long[] lower, long[] upper, int scale) {
    this.method = method;
    this.scale = scale;
    this.total = total;
    this.weights = weights;
    this.lower = lower;
    this.upper = upper;
    long sum = 0;
    if (lower != null) {
      for (long l : lower) {
        sum += l;
      }
    }
    this.lowerSum = sum;
  }

  int size() {
    return weights.size();
  }

  boolean isBounded() {
    return lower != null || upper != null;
  }

  long lower(int i) {
    return lower == null ? 0 : lower[i];
  }

  long upper(int i) {
    return upper == null ? Long.MAX_VALUE : upper[i];
  }

  /** {@code units} within claim {@code i}'s bounds. */
  long clamp(int i, long units) {
    return Math.min(Math.max(units, lower(i)), upper(i));
  }
}
