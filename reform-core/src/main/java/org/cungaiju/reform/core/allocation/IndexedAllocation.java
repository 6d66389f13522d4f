package org.cungaiju.reform.core.allocation;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.ClaimExplanation.Bound;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;

/**
 * The result of an allocation, by claim position: the units of each claim, the tie at the
 * margin, and explanations built only when asked for.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The units add up to the total, each claim's within its bounds; a zero weight holds its
 *       minimum.
 *   <li>{@link #tie()} lists every claim tied at the margin; it is empty when the method allows
 *       no other result.
 *   <li>Quotas, divisors and explanations are computed from the kept inputs on request, so
 *       allocating costs nothing for them; the first {@link #divisor()} or divisor-method
 *       explanation scans the claims once.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class IndexedAllocation {

  private final Problem problem;
  private final long[] units;
  private final Tie tie;
  private final Rate rate;
  private final Supplier<Optional<Marginal>> marginal = Suppliers.memoize(this::findMarginal);

  IndexedAllocation(Problem problem, Solution solution) {
    this.problem = problem;
    this.units = solution.units;
    this.tie = Tie.of(solution.tied, solution.tieAwarded);
    this.rate = solution.rate;
  }

  /** The method used. */
  public Method method() {
    return problem.method;
  }

  /** The units allocated. */
  public long total() {
    return problem.total;
  }

  /** The number of claims. */
  public int size() {
    return units.length;
  }

  /** The units of claim {@code index}. */
  public long units(int index) {
    return units[index];
  }

  /** Every claim's units, in claim order (a copy). */
  public ImmutableLongArray units() {
    return ImmutableLongArray.copyOf(units);
  }

  /** The claims tied at the margin; {@link Tie#NONE} when the result is the only one. */
  public Tie tie() {
    return tie;
  }

  /** Whether some claims were tied at the margin. */
  public boolean isTied() {
    return !tie.isEmpty();
  }

  /** The weight of claim {@code index}. */
  public Weight weight(int index) {
    return Weight.of(new BigDecimal(problem.weights.get(index), problem.scale));
  }

  /**
   * The exact quota of claim {@code index}: for largest remainder the (bounded) quota it
   * rounded, for a divisor method the standard quota {@code total·w / Σw} (0 when every weight
   * is zero).
   */
  public Fraction quota(int index) {
    if (problem.method.isDivisorMethod()) {
      BigInteger sum = problem.weights.sum();
      return sum.signum() == 0 ? Fraction.ZERO
          : Fraction.of(problem.weights.get(index).multiply(BigInteger.valueOf(problem.total)), sum);
    }
    Fraction unbounded = rawQuota(index);
    Fraction lower = Fraction.of(problem.lower(index));
    if (unbounded.compareTo(lower) < 0) {
      return lower;
    }
    long upper = problem.upper(index);
    return upper != Long.MAX_VALUE && unbounded.compareTo(Fraction.of(upper)) > 0
        ? Fraction.of(upper) : unbounded;
  }

  /** Largest remainder's {@code w·μ} before the bounds; above every bound for an infinite rate. */
  private Fraction rawQuota(int index) {
    if (rate.isInfinite()) {
      return problem.weights.isZero(index) ? Fraction.ZERO : Fraction.of(Long.MAX_VALUE);
    }
    return Fraction.of(problem.weights.get(index).multiply(rate.numerator), rate.denominator);
  }

  /**
   * Whether claim {@code index} received one of the units left after the floors of the quotas
   * (largest remainder); always false for a divisor method.
   */
  public boolean receivedRemainderUnit(int index) {
    return !problem.method.isDivisorMethod()
        && BigInteger.valueOf(units[index]).compareTo(quota(index).floor()) > 0;
  }

  /**
   * The common divisor of a divisor-method allocation: the priority of the last unit given
   * beyond the minimums. Empty for largest remainder, and when no unit beyond the minimums had
   * a finite priority.
   */
  public Optional<Divisor> divisor() {
    if (marginal.get().isEmpty()) {
      return Optional.empty();
    }
    Marginal m = marginal.get().get();
    boolean infinite = m.slot < Priorities.of(problem.method, problem.weights).infiniteSlots();
    return infinite ? Optional.empty()
        : Optional.of(new Divisor(problem.method, weight(m.claim), m.slot + 1));
  }

  /** Why claim {@code index} received its units; its id reads {@code "[index]"}. */
  public ClaimExplanation explain(int index) {
    return explain(index, "[" + index + "]");
  }

  /** Every claim's explanation, in claim order. */
  public ImmutableList<ClaimExplanation> explanations() {
    return IntStream.range(0, size()).mapToObj(this::explain)
        .collect(ImmutableList.toImmutableList());
  }

  ClaimExplanation explain(int index, String id) {
    TieOutcome tieOutcome = !tie.contains(index) ? TieOutcome.NOT_TIED
        : tie.isAwarded(index) ? TieOutcome.AWARDED : TieOutcome.PASSED_OVER;
    return new ClaimExplanation(index, id, problem.method, weight(index), problem.lower(index),
        problem.upper(index), units[index], quota(index), receivedRemainderUnit(index),
        tieOutcome, bound(index), divisor());
  }

  private Bound bound(int i) {
    long lower = problem.lower(i);
    long upper = problem.upper(i);
    if (problem.weights.isZero(i)) {
      return lower > 0 ? Bound.MINIMUM : Bound.NONE;
    }
    if (!problem.method.isDivisorMethod()) {
      Fraction raw = rawQuota(i);
      if (units[i] == lower && raw.compareTo(Fraction.of(lower)) < 0) {
        return Bound.MINIMUM;
      }
      return upper != Long.MAX_VALUE && raw.compareTo(Fraction.of(upper)) > 0
          ? Bound.MAXIMUM : Bound.NONE;
    }
    Marginal m = marginal.get().orElse(null);
    Priorities priorities = Priorities.of(problem.method, problem.weights);
    if (units[i] == lower && lower > 0
        && (m == null || priorities.compare(i, lower - 1, m.claim, m.slot) < 0)) {
      return Bound.MINIMUM;
    }
    if (units[i] == upper && m != null && priorities.compare(i, upper, m.claim, m.slot) >= 0) {
      return Bound.MAXIMUM;
    }
    return Bound.NONE;
  }

  /** The last unit given beyond the minimums: claim and slot of the lowest priority. */
  private Optional<Marginal> findMarginal() {
    if (!problem.method.isDivisorMethod()) {
      return Optional.empty();
    }
    Priorities priorities = Priorities.of(problem.method, problem.weights);
    Marginal last = null;
    for (int i = 0; i < units.length; i++) {
      if (units[i] > problem.lower(i)) {
        long slot = units[i] - 1;
        if (last == null || priorities.compare(i, slot, last.claim, last.slot) <= 0) {
          last = new Marginal(i, slot);
        }
      }
    }
    return Optional.ofNullable(last);
  }

  /** Claim {@code claim}'s unit {@code slot + 1}. */
  private static final class Marginal {
    final int claim;
    final long slot;

    Marginal(int claim, long slot) {
      this.claim = claim;
      this.slot = slot;
    }
  }
}
