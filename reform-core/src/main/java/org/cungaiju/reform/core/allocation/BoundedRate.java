package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The rate {@code μ} (units per unit of weight) at which claims held within their bounds add up
 * to a target: {@code Σ clamp(w_i·μ, lower_i, upper_i) = target}.
 *
 * <p>The left side is continuous, piecewise linear and non-decreasing in {@code μ}, with a
 * breakpoint where a claim leaves its lower bound ({@code lower_i / w_i}) and one where it
 * reaches its upper bound ({@code upper_i / w_i}). The breakpoints are sorted once; each target
 * is then found by walking them, exactly, in {@link BigInteger}s. Only claims with a bound have
 * breakpoints: the others weigh in as one linear term.
 *
 * <p>A zero weight, or a claim whose bounds are equal, is held at its lower bound.
 */
final class BoundedRate {

  private final Weights weights;
  private final long[] lower;
  private final long[] upper;
  /** Breakpoints in ascending order: {@code 2·claim} where it leaves its lower bound, {@code 2·claim + 1} where it reaches its upper. */
  private final int[] events;
  private final BigInteger freeWeight;
  private final BigInteger lowerSum;

  private BoundedRate(
      Weights weights, long[] lower, long[] upper, int[] events, BigInteger freeWeight) {
    this.weights = weights;
    this.lower = lower;
    this.upper = upper;
    this.events = events;
    this.freeWeight = freeWeight;
    BigInteger sum = BigInteger.ZERO;
    for (long l : lower) {
      sum = sum.add(BigInteger.valueOf(l));
    }
    this.lowerSum = sum;
  }

  /**
   * Prepares the breakpoints; {@code upper[i] == Long.MAX_VALUE} stands for no upper bound, and
   * {@code lower[i] <= upper[i]}.
   */
  static BoundedRate of(Weights weights, long[] lower, long[] upper) {
    List<Integer> events = new ArrayList<>();
    BigInteger free = BigInteger.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      if (weights.isZero(i) || lower[i] == upper[i]) {
        continue;
      }
      if (lower[i] == 0) {
        free = free.add(weights.get(i));
      } else {
        events.add(2 * i);
      }
      if (upper[i] != Long.MAX_VALUE) {
        events.add(2 * i + 1);
      }
    }
    events.sort((a, b) -> weights.compareRatios(bound(a, lower, upper), a / 2,
        bound(b, lower, upper), b / 2));
    return new BoundedRate(weights, lower, upper,
        events.stream().mapToInt(Integer::intValue).toArray(), free);
  }

  private static long bound(int event, long[] lower, long[] upper) {
    return (event & 1) == 0 ? lower[event / 2] : upper[event / 2];
  }

  /**
   * The rate at which the claims add up to {@code target}: zero if they reach it at their lower
   * bounds, {@link Rate#INFINITE} if only at their upper bounds (every claim with a weight then
   * has one).
   */
  Rate solve(BigInteger target) {
    if (target.compareTo(lowerSum) <= 0) {
      return new Rate(BigInteger.ZERO, BigInteger.ONE);
    }
    BigInteger active = freeWeight;
    BigInteger fixed = lowerSum; // the bounded claims' part, before the active ones' w·μ
    for (int event : events) {
      int claim = event / 2;
      BigInteger w = weights.get(claim);
      BigInteger at = BigInteger.valueOf(bound(event, lower, upper));
      // the sum at this breakpoint, μ = at / w, times w: at·active + fixed·w
      if (at.multiply(active).add(fixed.multiply(w)).compareTo(target.multiply(w)) >= 0) {
        return new Rate(target.subtract(fixed), active);
      }
      if ((event & 1) == 0) {
        active = active.add(w);
        fixed = fixed.subtract(at);
      } else {
        active = active.subtract(w);
        fixed = fixed.add(at);
      }
    }
    return active.signum() > 0 ? new Rate(target.subtract(fixed), active) : Rate.INFINITE;
  }
}
