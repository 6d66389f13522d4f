package org.cungaiju.reform.core.allocation;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.TieRefusedException;
import org.cungaiju.reform.api.error.Violation;

/**
 * Apportionment (分配): shares a whole number of units — shares, fen, seats, school places — in
 * proportion to exact weights, by one {@link Method}.
 *
 * <pre>{@code
 * Allocation seats = Apportionment.of(Method.HUNTINGTON_HILL)
 *     .allocate(435, List.of(Claim.of("CA", 39_576_757).withMin(1), ...));
 * long ca = seats.unitsOf("CA");
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Exact.</b> Integer arithmetic only: decimal weights are brought to one integer scale,
 *       products take 128 bits ({@link Math#multiplyHigh}) or {@link BigInteger}s where a
 *       {@code long} would overflow. Correct for totals and weights up to 2<sup>62</sup> and
 *       millions of claims.
 *   <li><b>Conserving.</b> The units add up to the total; a zero weight receives no unit unless
 *       its minimum demands it.
 *   <li><b>Bounds.</b> Each claim receives at least its minimum and at most its maximum. Divisor
 *       methods follow the clamped divisor rule: units are given from the minimums up, and a
 *       claim at its maximum takes no more. Largest remainder rounds bounded quotas: the rate
 *       {@code μ} is found at which {@code Σ clamp(w·μ, min, max)} is the total — the stable
 *       point of fixing every claim whose quota falls outside its bounds at that bound and
 *       re-apportioning the rest — and each claim gets the floor or the ceiling of {@code
 *       clamp(w·μ, min, max)}, the ceilings going to the largest remainders.
 *   <li><b>Deterministic, ties reported.</b> Claims tied at the margin are broken by claim order
 *       and listed in the result's tie, or refused under {@link TieRule#REFUSE}. Under Adams and
 *       Huntington–Hill a claim with a weight and no unit has an infinite priority; among those,
 *       the larger weight comes first, then claim order.
 * </ul>
 *
 * <h2>Performance notes</h2>
 *
 * <p>Time grows with the number of claims, never with the total. Largest remainder takes linear
 * expected time (the recipients of the units left after the floors are found by selection,
 * not by sorting). The divisor methods estimate the divisor, count exactly, and correct the
 * estimate; the units around it are then selected. Explanations are built only when asked
 * for. Hot callers with whole-number weights use {@link #allocate(long, long[])}, which skips
 * the records.
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Apportionment {

  /** The largest total, and the largest weight given as a {@code long}: 2<sup>62</sup>. */
  public static final long MAX = 1L << 62;

  private static final String TOTAL_ACCEPTED = "a whole number from 0 to 2^62";
  private static final int NAMED_IN_MESSAGES = 20;

  private final Method method;
  private final TieRule tieRule;

  private Apportionment(Method method, TieRule tieRule) {
    this.method = requireNonNull(method, "method");
    this.tieRule = requireNonNull(tieRule, "tieRule");
  }

  /** Apportionment by {@code method}, ties broken by claim order. */
  public static Apportionment of(Method method) {
    return new Apportionment(method, TieRule.BREAK_BY_CLAIM_ORDER);
  }

  /** The same method with tie rule {@code tieRule}. */
  public Apportionment withTieRule(TieRule tieRule) {
    return new Apportionment(method, tieRule);
  }

  /** The same method, refusing ties: {@code withTieRule(TieRule.REFUSE)}. */
  public Apportionment refusingTies() {
    return withTieRule(TieRule.REFUSE);
  }

  /** The method. */
  public Method method() {
    return method;
  }

  /** What happens to a tie at the margin. */
  public TieRule tieRule() {
    return tieRule;
  }

  /**
   * Allocates {@code total} units to {@code claims}.
   *
   * @throws InvalidInputException if the total is negative or above 2<sup>62</sup>, two claims
   *     share an id, or every weight is zero while the minimums leave units to share
   * @throws InfeasibleException if the minimums add up to more than the total, or the maximums
   *     (and the minimums of zero weights, which take nothing more) to less
   * @throws TieRefusedException if ties are refused and the result is tied
   */
  public Allocation allocate(long total, Iterable<Claim> claims) {
    checkTotal(total);
    ImmutableList<Claim> list = ImmutableList.copyOf(claims);
    ImmutableMap<String, Integer> positions = positions(list);
    int n = list.size();
    int scale = list.stream().mapToInt(c -> c.weight().scale()).max().orElse(0);
    BigInteger[] scaled = new BigInteger[n];
    long[] lower = list.stream().anyMatch(c -> c.min() > 0) ? new long[n] : null;
    long[] upper = list.stream().anyMatch(Claim::hasMax) ? new long[n] : null;
    for (int i = 0; i < n; i++) {
      Claim c = list.get(i);
      scaled[i] = c.weight().scaledTo(scale);
      if (lower != null) {
        lower[i] = c.min();
      }
      if (upper != null) {
        upper[i] = c.max();
      }
    }
    Problem problem = checked(total, Weights.of(scaled), lower, upper, scale, "claims",
        i -> "claim '" + list.get(i).id() + "'");
    Allocation result = new Allocation(list, positions, new IndexedAllocation(problem,
        solve(problem)));
    if (tieRule == TieRule.REFUSE && result.isTied()) {
      throw refused(result.tiedIds(), result.tie());
    }
    return result;
  }

  /**
   * Allocates {@code total} units in proportion to whole-number {@code weights}, without bounds:
   * the fast path for hot callers such as dividends over millions of holders. Claim {@code i}
   * is {@code weights[i]}; the array is copied.
   *
   * @throws InvalidInputException if the total or a weight is negative or above
   *     2<sup>62</sup>, or every weight is zero and the total is not
   * @throws TieRefusedException if ties are refused and the result is tied
   */
  public IndexedAllocation allocate(long total, long[] weights) {
    return allocate(total, weights, null, null);
  }

  /**
   * Allocates {@code total} units in proportion to whole-number {@code weights}, claim
   * {@code i} receiving at least {@code minimums[i]} and at most {@code maximums[i]}
   * ({@link Claim#NO_MAX} for none). The arrays are copied.
   *
   * @throws InvalidInputException if the total or a weight is negative or above
   *     2<sup>62</sup>, the arrays differ in length, a minimum is negative or a maximum below
   *     its minimum, or every weight is zero while the minimums leave units to share
   * @throws InfeasibleException if the bounds cannot be met
   * @throws TieRefusedException if ties are refused and the result is tied
   */
  public IndexedAllocation allocate(
      long total, long[] weights, long[] minimums, long[] maximums) {
    checkTotal(total);
    int n = weights.length;
    Weights copy = Weights.copyOf(weights, MAX);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; copy == null && i < n; i++) {
      if (weights[i] < 0 || weights[i] > MAX) {
        violations.add(Violation.of("weights[" + i + "]", weights[i],
            weights[i] < 0 ? "is negative" : "is above 2^62", "a whole number from 0 to 2^62"));
      }
    }
    for (long[] bounds : new long[][] {minimums, maximums}) {
      String name = bounds == minimums ? "minimums" : "maximums";
      checkInput(bounds == null || bounds.length == n, name, bounds == null ? 0 : bounds.length,
          "has a different length from the " + n + " weights", n + " entries");
    }
    for (int i = 0; minimums != null && i < n; i++) {
      if (minimums[i] < 0) {
        violations.add(Violation.of("minimums[" + i + "]", minimums[i], "is negative", "0 or more"));
      }
      if (maximums != null && maximums[i] < minimums[i]) {
        violations.add(Violation.of("maximums[" + i + "]", maximums[i],
            "is below the minimum " + minimums[i], "at least the minimum"));
      }
    }
    for (int i = 0; minimums == null && maximums != null && i < n; i++) {
      if (maximums[i] < 0) {
        violations.add(Violation.of("maximums[" + i + "]", maximums[i], "is negative", "0 or more"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Problem problem = checked(total, copy,
        minimums == null ? null : minimums.clone(), maximums == null ? null : maximums.clone(), 0,
        "weights", i -> "weights[" + i + "]");
    IndexedAllocation result = new IndexedAllocation(problem, solve(problem));
    if (tieRule == TieRule.REFUSE && result.isTied()) {
      throw refused(result.tie().indexes().stream().mapToObj(i -> "[" + i + "]")
          .collect(ImmutableList.toImmutableList()), result.tie());
    }
    return result;
  }

  private static Solution solve(Problem problem) {
    return problem.method.isDivisorMethod()
        ? DivisorMethods.allocate(problem)
        : LargestRemainder.allocate(problem);
  }

  private static void checkTotal(long total) {
    checkInput(total >= 0, "total", total, "is negative", TOTAL_ACCEPTED);
    checkInput(total <= MAX, "total", total, "is above 2^62", TOTAL_ACCEPTED);
  }

  private static ImmutableMap<String, Integer> positions(ImmutableList<Claim> claims) {
    Map<String, Integer> seen = new HashMap<>();
    List<Violation> duplicates = new ArrayList<>();
    ImmutableMap.Builder<String, Integer> positions =
        ImmutableMap.builderWithExpectedSize(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      String id = claims.get(i).id();
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        duplicates.add(Violation.of("claims[" + i + "].id", id,
            "is the id of claims[" + first + "] too", "distinct claim ids"));
      } else {
        positions.put(id, i);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidInputException(duplicates);
    }
    return positions.build();
  }

  /** The problem, once its bounds are known to be feasible. */
  private Problem checked(long total, Weights weights, long[] lower, long[] upper, int scale,
      String weightsPath, IntFunction<String> name) {
    int n = weights.size();
    long lowerSum = 0;
    long room = 0; // the most units the claims can hold
    boolean anyWeight = false;
    for (int i = 0; i < n; i++) {
      long l = lower == null ? 0 : lower[i];
      boolean weighs = !weights.isZero(i);
      anyWeight |= weighs;
      lowerSum = saturatedAdd(lowerSum, l);
      room = saturatedAdd(room, weighs ? (upper == null ? Long.MAX_VALUE : upper[i]) : l);
    }
    if (lowerSum > total) {
      throw new InfeasibleException("Cannot allocate " + total + " units: the minimums add up to "
          + (lowerSum == Long.MAX_VALUE ? "more than 2^63" : lowerSum)
          + " (" + largest(n, lower, name, "minimum") + "); accepted: a total of at least the "
          + "minimums' sum, or smaller minimums");
    }
    if (room < total) {
      if (!anyWeight) {
        throw InvalidInputException.of(weightsPath,
            n == 0 ? "no claims" : "all " + n + " weights zero",
            "cannot share " + (total - lowerSum) + " units beyond the minimums in proportion",
            "at least one positive weight, or minimums that add up to the total");
      }
      throw new InfeasibleException("Cannot allocate " + total + " units: the claims can hold at"
          + " most " + room + " (each weighted claim its maximum, "
          + largest(n, upper, name, "maximum") + "; a zero weight only its minimum); accepted: a"
          + " total of at most " + room + ", or larger maximums");
    }
    return new Problem(method, total, weights, lower, upper, scale);
  }

  /** Names the claims with the largest bounds, for a message. */
  private static String largest(int n, long[] bounds, IntFunction<String> name, String what) {
    if (bounds == null) {
      return "none has a " + what;
    }
    return IntStream.range(0, n).boxed()
        .filter(i -> bounds[i] != Claim.NO_MAX)
        .sorted((a, b) -> Long.compare(bounds[b], bounds[a]))
        .limit(3)
        .map(i -> name.apply(i) + " " + what + " " + bounds[i])
        .collect(Collectors.joining(", ", "the largest: ", ""));
  }

  private TieRefusedException refused(List<String> tiedIds, Tie tie) {
    String named = tiedIds.stream().limit(NAMED_IN_MESSAGES).collect(Collectors.joining(", "))
        + (tiedIds.size() > NAMED_IN_MESSAGES
            ? " and " + (tiedIds.size() - NAMED_IN_MESSAGES) + " more" : "");
    return new TieRefusedException("The " + method.id() + " allocation is tied at the margin: "
        + tiedIds.size() + " claims (" + named + ") have an equal right to the last "
        + tie.awardedCount() + (tie.awardedCount() == 1 ? " unit" : " units")
        + "; accepted: a tie decided by the members (e.g. by changing a weight or a bound), or"
        + " the tie-break by claim order", tiedIds);
  }

  private static long saturatedAdd(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Apportionment && ((Apportionment) o).method == method
        && ((Apportionment) o).tieRule == tieRule;
  }

  @Override
  public int hashCode() {
    return 31 * method.hashCode() + tieRule.hashCode();
  }

  @Override
  public String toString() {
    return "Apportionment[" + method.id() + ", " + tieRule + "]";
  }
}
