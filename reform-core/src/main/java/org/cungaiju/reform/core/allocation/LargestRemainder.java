package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Largest remainder (Hamilton; Hare quota): each claim gets the floor of its quota, and the
 * units left go to the largest remainders, one each, ties to the earlier claim.
 *
 * <p>With bounds the quotas are bounded quotas: {@code clamp(w_i·μ, min_i, max_i)} at the rate
 * {@code μ} where they add up to the total ({@link BoundedRate}). That is the stable point of
 * "fix each claim whose quota falls outside its bounds at the bound and re-apportion the rest":
 * a claim at a bound has a whole quota, so it neither gains nor loses a remainder unit.
 *
 * <p>Linear expected time: one pass of floors and remainders, a selection of the smallest
 * remainder that still receives a unit, one pass handing them out.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  static Solution allocate(Problem p) {
    if (p.total == p.lowerSum) {
      return Solution.untied(atLower(p), Rate.of(0, BigInteger.ONE));
    }
    Rate rate = rate(p);
    if (rate.isZero() || rate.isInfinite()) {
      long[] units = new long[p.size()];
      for (int i = 0; i < units.length; i++) {
        units[i] = rate.isZero() || p.weights.isZero(i) ? p.lower(i) : p.upper(i);
      }
      return Solution.untied(units, rate);
    }
    if (p.weights instanceof Weights.OfLong) {
      return inLongs(p, (Weights.OfLong) p.weights, rate);
    }
    return inBigIntegers(p, rate);
  }

  /** The rate of the quotas: total / Σw without bounds, the bounded rate with them. */
  static Rate rate(Problem p) {
    if (!p.isBounded()) {
      return Rate.of(p.total, p.weights.sum());
    }
    int n = p.size();
    long[] lower = p.lower != null ? p.lower : new long[n];
    long[] upper = p.upper;
    if (upper == null) {
      upper = new long[n];
      Arrays.fill(upper, Long.MAX_VALUE);
    }
    return BoundedRate.of(p.weights, lower, upper).solve(BigInteger.valueOf(p.total));
  }

  static long[] atLower(Problem p) {
    return p.lower != null ? p.lower.clone() : new long[p.size()];
  }

  private static Solution inLongs(Problem p, Weights.OfLong weights, Rate rate) {
    long[] w = weights.values;
    int n = w.length;
    // the rate is at most total / (sum of the free weights), so both fit in a long
    long a = rate.numerator.longValueExact();
    long d = rate.denominator.longValueExact();
    Divider divider = new Divider(d);
    long[] units = new long[n];
    long[] remainders = new long[n];
    // remainders lie in [0, d): their top bits put them in buckets, counted on the way, so that
    // the margin is then sought among one bucket's remainders only
    int shift = Math.max(0, Long.SIZE - Long.numberOfLeadingZeros(d - 1) - bucketBits(n));
    int[] buckets = new int[(int) ((d - 1) >>> shift) + 1];
    long floors = 0;
    if (!p.isBounded() && Exact.productFits(weights.max, a)) {
      for (int i = 0; i < n; i++) {
        long x = w[i] * a;
        long q = divider.quotient(x);
        long r = x - q * d;
        units[i] = q;
        remainders[i] = r;
        buckets[(int) (r >>> shift)]++;
        floors += q;
      }
    } else {
      for (int i = 0; i < n; i++) {
        long wi = w[i];
        long q;
        if (p.isBounded() && Exact.compareProducts(wi, a, p.lower(i), d) <= 0) {
          q = p.lower(i);
        } else if (p.upper(i) != Long.MAX_VALUE
            && Exact.compareProducts(wi, a, p.upper(i), d) >= 0) {
          q = p.upper(i);
        } else {
          q = Exact.productFits(wi, a) ? divider.quotient(wi * a) : Exact.multiplyDivide(wi, a, d);
          // the true remainder lies in [0, d), so the wrapped 64-bit arithmetic gives it exactly
          remainders[i] = wi * a - q * d;
        }
        buckets[(int) (remainders[i] >>> shift)]++;
        units[i] = q;
        floors += q;
      }
    }
    int left = Math.toIntExact(p.total - floors);
    if (left == 0) {
      return Solution.untied(units, rate);
    }
    // the bucket of the smallest remainder that still receives a unit; those above all do
    int margin = buckets.length - 1;
    while (buckets[margin] < left) {
      left -= buckets[margin--];
    }
    long[] candidates = new long[buckets[margin]];
    int[] at = new int[candidates.length];
    int c = 0;
    for (int i = 0; i < n; i++) {
      int bucket = (int) (remainders[i] >>> shift);
      if (bucket > margin) {
        units[i]++;
      } else if (bucket == margin) {
        at[c] = i;
        candidates[c++] = remainders[i];
      }
    }
    long smallest = Select.kthLargest(candidates, c, left);
    IntStream.Builder atSmallest = IntStream.builder();
    for (int k = 0; k < c; k++) {
      long r = remainders[at[k]];
      if (r > smallest) {
        units[at[k]]++;
        left--;
      } else if (r == smallest) {
        atSmallest.add(at[k]);
      }
    }
    return shareTheMargin(units, atSmallest.build().toArray(), left, rate);
  }

  /** About a quarter as many buckets as claims, from 16 to 4096. */
  private static int bucketBits(int claims) {
    int log = Integer.SIZE - Integer.numberOfLeadingZeros(claims);
    return Math.max(4, Math.min(12, log - 2));
  }

  private static Solution inBigIntegers(Problem p, Rate rate) {
    int n = p.size();
    BigInteger a = rate.numerator;
    BigInteger d = rate.denominator;
    long[] units = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long[] keys = new long[n];
    int candidates = 0;
    long floors = 0;
    for (int i = 0; i < n; i++) {
      BigInteger x = p.weights.get(i).multiply(a);
      long q;
      if (p.isBounded() && x.compareTo(d.multiply(BigInteger.valueOf(p.lower(i)))) <= 0) {
        q = p.lower(i);
      } else if (p.upper(i) != Long.MAX_VALUE
          && x.compareTo(d.multiply(BigInteger.valueOf(p.upper(i)))) >= 0) {
        q = p.upper(i);
      } else {
        BigInteger[] qr = x.divideAndRemainder(d);
        q = qr[0].longValueExact();
        if (qr[1].signum() > 0) {
          remainders[i] = qr[1];
          keys[candidates++] = i;
        }
      }
      units[i] = q;
      floors += q;
    }
    int left = Math.toIntExact(p.total - floors);
    if (left == 0) {
      return Solution.untied(units, rate);
    }
    Select.firstK(keys, candidates, left, (x, y) -> {
      int c = remainders[(int) y].compareTo(remainders[(int) x]);
      return c != 0 ? c : Long.compare(x, y);
    });
    BigInteger smallest = remainders[(int) keys[0]];
    for (int k = 0; k < left; k++) {
      int i = (int) keys[k];
      units[i]++;
      if (remainders[i].compareTo(smallest) < 0) {
        smallest = remainders[i];
      }
    }
    IntStream.Builder atSmallest = IntStream.builder();
    int awarded = 0;
    for (int i = 0; i < n; i++) {
      if (remainders[i] != null && remainders[i].equals(smallest)) {
        atSmallest.add(i);
      }
    }
    for (int k = 0; k < left; k++) {
      if (remainders[(int) keys[k]].equals(smallest)) {
        awarded++;
      }
    }
    return Solution.atMargin(units, atSmallest.build().toArray(), awarded, rate);
  }

  /** Gives one unit to each of the first {@code left} claims of {@code atMargin}. */
  private static Solution shareTheMargin(long[] units, int[] atMargin, int left, Rate rate) {
    for (int k = 0; k < left; k++) {
      units[atMargin[k]]++;
    }
    return Solution.atMargin(units, atMargin, left, rate);
  }
}
