package org.cungaiju.reform.core.allocation;

/**
 * The priorities of a divisor method over one set of weights: the priority of claim {@code i}'s
 * unit number {@code k + 1} (its slot {@code k}) is {@code w_i / d(k)}, where {@code d} is the
 * method's divisor sequence. A slot with {@code d(k) = 0} (Adams and Huntington–Hill, {@code k =
 * 0}) has an infinite priority; among those the larger weight comes first.
 */
abstract class Priorities {

  private final Weights weights;

  Priorities(Weights weights) {
    this.weights = weights;
  }

  /**
   * Compares the priority of claim {@code i}'s slot {@code k} with claim {@code j}'s slot
   * {@code l}: positive when {@code i}'s is higher. Both weights are positive.
   */
  final int compare(int i, long k, int j, long l) {
    boolean infiniteK = k < infiniteSlots();
    boolean infiniteL = l < infiniteSlots();
    if (infiniteK || infiniteL) {
      return infiniteK == infiniteL ? weights.compare(i, j) : infiniteK ? 1 : -1;
    }
    return compareFinite(i, k, j, l);
  }

  /** {@link #compare} for two slots of finite priority. */
  abstract int compareFinite(int i, long k, int j, long l);

  /**
   * Writes each claim's number of slots whose priority is at least {@code t} into {@code out},
   * saturated at {@link Long#MAX_VALUE}; zero for a zero weight.
   */
  final void count(Threshold t, long[] out) {
    if (t.isInfinite() || t.isZero()) {
      long positive = t.isZero() ? Long.MAX_VALUE : infiniteSlots();
      for (int i = 0; i < out.length; i++) {
        out[i] = weights.isZero(i) ? 0 : positive;
      }
    } else {
      countFinite(t, out);
    }
  }

  /** {@link #count} for a positive, finite threshold. */
  abstract void countFinite(Threshold t, long[] out);

  /** How many slots of a positive weight have an infinite priority: 1 or 0. */
  abstract int infiniteSlots();

  /**
   * How far a divisor method's total at divisor {@code Σw / x} tends to stray from {@code x},
   * in claims: rounding down loses about half a unit a claim, rounding up gains about as much.
   * Used only to start the search for the divisor near its end.
   */
  abstract long expectedExcess(long claims);

  static Priorities of(Method method, Weights weights) {
    switch (method) {
      case DHONDT:
        return LinearPriorities.of(weights, 1, 1, 1);
      case SAINTE_LAGUE:
        return LinearPriorities.of(weights, 2, 1, 2);
      case ADAMS:
        return LinearPriorities.of(weights, 1, 0, 1);
      case HUNTINGTON_HILL:
        return HillPriorities.of(weights);
      default:
        throw new IllegalArgumentException("not a divisor method: " + method);
    }
  }
}
