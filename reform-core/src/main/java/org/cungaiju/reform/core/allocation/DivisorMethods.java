package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The divisor methods with bounds by the clamped divisor rule: there is a priority level
 * {@code λ} such that each claim holds its slots of priority at least {@code λ}, held within its
 * bounds; ties at {@code λ} go to the earlier claims. It is the same as handing out units one at
 * a time from the minimums up, to the highest priority among the claims below their maximum —
 * without the time that takes.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>Let {@code K} be the units beyond the minimums and {@code C(λ)} the number of slots of
 *       priority at least {@code λ} beyond them. Each claim's count lies within one of
 *       {@code w_i / λ}, held in its bounds, so the continuous {@code G(μ) = Σ clamp(w_i·μ,
 *       lower_i, upper_i) - Σ min_i} is within {@code n} of {@code C(1/μ)}.
 *   <li>Start at the {@code λ} where {@code G} meets {@code K} (shifted by the method's usual
 *       rounding excess), count exactly, and step towards {@code K} with a step that doubles,
 *       until one level counts fewer than {@code K} slots and another at least {@code K}; the
 *       levels where {@code G} is {@code K - n - 1} and {@code K + n} are always such a pair, so
 *       the steps end.
 *   <li>Between the two levels lie few slots (about the square root of {@code n} on typical
 *       input, at most about {@code 4n}): select the best of them by priority, then claim order.
 * </ol>
 *
 * <p>Adams and Huntington–Hill give a positive weight's first unit an infinite priority. When
 * there are not enough units for every such claim, those units go by weight, larger first, then
 * claim order.
 */
final class DivisorMethods {

  private final Problem problem;
  private final Priorities priorities;
  private final int n;
  /** Units to give beyond the minimums. */
  private final long beyond;
  private final BoundedRate rates;

  private DivisorMethods(Problem problem, Priorities priorities) {
    this.problem = problem;
    this.priorities = priorities;
    this.n = problem.size();
    this.beyond = problem.total - problem.lowerSum;
    this.rates = problem.isBounded() ? boundedRates() : null;
  }

  static Solution allocate(Problem p) {
    Rate standard = Rate.of(p.total, p.weights.sum());
    if (p.total == p.lowerSum) {
      return Solution.untied(LargestRemainder.atLower(p), standard);
    }
    Priorities priorities = Priorities.of(p.method, p.weights);
    DivisorMethods engine = new DivisorMethods(p, priorities);
    if (priorities.infiniteSlots() > 0) {
      // without bounds, every positive weight waits, and they are counted already
      long waiting = p.isBounded() ? engine.waitingForAFirstUnit().count() : p.weights.positives();
      if (waiting >= engine.beyond) {
        return engine.firstUnits(engine.waitingForAFirstUnit().asLongStream().toArray(), standard);
      }
    }
    return engine.search(standard);
  }

  /** A claim below its bounds' reach counts as unbounded below: its infinite slot covers it. */
  private BoundedRate boundedRates() {
    long[] lower = new long[n];
    long[] upper = new long[n];
    for (int i = 0; i < n; i++) {
      long l = problem.lower(i);
      lower[i] = l <= priorities.infiniteSlots() ? 0 : l;
      upper[i] = problem.upper(i);
    }
    return BoundedRate.of(problem.weights, lower, upper);
  }

  /** The claims with a weight, no unit and room for one. */
  private IntStream waitingForAFirstUnit() {
    return IntStream.range(0, n)
        .filter(i -> !problem.weights.isZero(i) && problem.lower(i) == 0 && problem.upper(i) > 0);
  }

  /** Fewer units than claims waiting for a first one: by weight, larger first, then order. */
  private Solution firstUnits(long[] waiting, Rate standard) {
    int k = Math.toIntExact(beyond);
    Weights w = problem.weights;
    Select.firstK(waiting, waiting.length, k, (a, b) -> {
      int c = w.compare((int) b, (int) a);
      return c != 0 ? c : Long.compare(a, b);
    });
    long[] units = LargestRemainder.atLower(problem);
    int lightest = (int) waiting[0];
    for (int s = 0; s < k; s++) {
      int i = (int) waiting[s];
      units[i] = 1;
      if (w.compare(i, lightest) < 0) {
        lightest = i;
      }
    }
    int margin = lightest;
    int[] tied = Arrays.stream(waiting).mapToInt(x -> (int) x)
        .filter(i -> w.compare(i, margin) == 0).sorted().toArray();
    int awarded = (int) Arrays.stream(tied).filter(i -> units[i] == 1).count();
    return Solution.atMargin(units, tied, awarded, standard);
  }

  private Solution search(Rate standard) {
    long alwaysEnough = beyond + n; // G(μ) >= K + n: at least K slots
    long neverEnough = beyond - n - 1; // G(μ) <= K - n - 1: fewer than K slots
    long start = beyond - priorities.expectedExcess(problem.weights.positives());
    long t = Math.max(neverEnough, Math.min(alwaysEnough, start));

    long[] known = new long[n];
    long[] other = new long[n];
    long knownCount = count(t, known);
    if (knownCount == beyond) {
      return Solution.untied(known, standard);
    }
    boolean knownIsEnough = knownCount > beyond;
    long knownTarget = t;
    long step = Exact.floorSqrt(n) + 1;
    while (true) {
      long error = Math.abs(beyond - knownCount);
      t = knownIsEnough
          ? Math.max(neverEnough, knownTarget - error - step)
          : Math.min(alwaysEnough, knownTarget + error + step);
      long c = count(t, other);
      if (c == beyond) {
        return Solution.untied(other, standard);
      }
      if ((c > beyond) != knownIsEnough) {
        return knownIsEnough
            ? between(other, c, known, knownCount, standard)
            : between(known, knownCount, other, c, standard);
      }
      if (t == neverEnough || t == alwaysEnough) {
        throw new IllegalStateException("no divisor brackets " + beyond + " units");
      }
      long[] swap = known;
      known = other;
      other = swap;
      knownCount = c;
      knownTarget = t;
      step = step <= Long.MAX_VALUE / 4 ? 2 * step : step;
    }
  }

  /**
   * Counts the slots beyond the minimums at the level where {@code G} is {@code target}, writing
   * each claim's units at that level (within its bounds) into {@code units}.
   */
  private long count(long target, long[] units) {
    priorities.count(threshold(target), units);
    long sum = 0;
    if (!problem.isBounded()) {
      for (long u : units) {
        sum += u;
      }
      return sum;
    }
    for (int i = 0; i < n; i++) {
      long u = problem.clamp(i, units[i]);
      units[i] = u;
      sum += u - problem.lower(i);
    }
    return sum;
  }

  /** The level {@code λ = 1/μ} where {@code G(μ) = target}. */
  private Threshold threshold(long target) {
    BigInteger withMinimums = BigInteger.valueOf(target).add(BigInteger.valueOf(problem.lowerSum));
    if (rates == null) {
      return withMinimums.signum() <= 0
          ? new Threshold(BigInteger.ONE, 0)
          : new Threshold(problem.weights.sum(), withMinimums.longValueExact());
    }
    Rate mu = rates.solve(withMinimums);
    if (mu.isZero()) {
      return new Threshold(BigInteger.ONE, 0);
    }
    if (mu.isInfinite()) {
      return new Threshold(BigInteger.ZERO, 1);
    }
    return new Threshold(mu.denominator, mu.numerator.longValueExact());
  }

  /**
   * Hands out the units between a level with too few slots ({@code fewer}) and one with enough
   * ({@code enough}): the best of the slots in between, by priority and then claim order.
   */
  private Solution between(
      long[] fewer, long fewerCount, long[] enough, long enoughCount, Rate standard) {
    int slots = Math.toIntExact(enoughCount - fewerCount);
    int wanted = Math.toIntExact(beyond - fewerCount);
    long[] keys = new long[slots];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (long k = fewer[i]; k < enough[i]; k++) {
        keys[m++] = ((long) i << 32) | (k - fewer[i]);
      }
    }
    Select.KeyOrder byPriority = (a, b) -> -priorities.compare(
        claim(a), fewer[claim(a)] + offset(a), claim(b), fewer[claim(b)] + offset(b));
    Select.firstK(keys, slots, wanted, (a, b) -> {
      int c = byPriority.compare(a, b);
      return c != 0 ? c : Long.compare(a, b);
    });
    long last = keys[0];
    for (int s = 0; s < wanted; s++) {
      if (byPriority.compare(keys[s], last) > 0) {
        last = keys[s];
      }
    }
    long margin = last;
    int[] tied = IntStream.range(0, slots)
        .filter(s -> byPriority.compare(keys[s], margin) == 0)
        .map(s -> claim(keys[s])).sorted().toArray();
    int awarded = (int) IntStream.range(0, wanted)
        .filter(s -> byPriority.compare(keys[s], margin) == 0).count();
    long[] units = fewer;
    for (int s = 0; s < wanted; s++) {
      units[claim(keys[s])]++;
    }
    return Solution.atMargin(units, tied, awarded, standard);
  }

  private static int claim(long key) {
    return (int) (key >>> 32);
  }

  private static long offset(long key) {
    return key & 0xFFFF_FFFFL;
  }
}
