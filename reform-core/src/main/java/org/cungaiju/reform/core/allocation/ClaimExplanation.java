package org.cungaiju.reform.core.allocation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.Weight;

/**
 * Why one claim received the units it did, so that a member who asks can be answered.
 *
 * <h2>What it says</h2>
 *
 * <ul>
 *   <li>{@link #quota()}: for largest remainder, the exact quota that was rounded — {@code
 *       total·w / Σw} without bounds, the bounded quota with them (see {@link Apportionment});
 *       for a divisor method, the standard quota {@code total·w / Σw}, for comparison.
 *   <li>{@link #remainderUnit()}: largest remainder only — whether the claim received one of
 *       the units left after the floors.
 *   <li>{@link #tie()}: whether the claim was tied at the margin and what the tie-break did.
 *   <li>{@link #divisor()}: divisor methods — the common divisor the units follow from.
 *   <li>{@link #bound()}: whether the claim's minimum or maximum, not its weight, decided its
 *       units.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the claim's position in the order given, from 0
 * @param id the claim's id ({@code "[index]"} for claims given as bare weights)
 * @param method the method of the allocation
 * @param weight the claim's weight
 * @param min the claim's minimum, 0 if none
 * @param max the claim's maximum, {@link Claim#NO_MAX} if none
 * @param units the units the claim received
 * @param quota see above
 * @param remainderUnit see above
 * @param tie see above
 * @param bound see above
 * @param divisor see above; empty for largest remainder, and when every unit beyond the
 *     minimums had an infinite priority or there were none
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ClaimExplanation(
    int index,
    String id,
    Method method,
    Weight weight,
    long min,
    long max,
    long units,
    Fraction quota,
    boolean remainderUnit,
    TieOutcome tie,
    Bound bound,
    Optional<Divisor> divisor) {

  /** What a tie at the margin meant for a claim. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum TieOutcome {
    /** The claim was not tied at the margin. */
    NOT_TIED,
    /** The claim was tied and the tie-break (claim order) gave it a unit. */
    AWARDED,
    /** The claim was tied and the tie-break passed it over. */
    PASSED_OVER
  }

  /** Whether a bound decided the claim's units. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum Bound {
    /** The weight decided: no bound was reached. */
    NONE,
    /** The claim holds its minimum, more than its weight would have earned. */
    MINIMUM,
    /** The claim holds its maximum, less than its weight would have earned. */
    MAXIMUM
  }

  /** Validates that every part is present. */
  public ClaimExplanation {
    requireNonNull(id, "id");
    requireNonNull(method, "method");
    requireNonNull(weight, "weight");
    requireNonNull(quota, "quota");
    requireNonNull(tie, "tie");
    requireNonNull(bound, "bound");
    requireNonNull(divisor, "divisor");
  }

  /** The whole part of the quota. */
  public long floor() {
    return quota.floor().longValueExact();
  }

  /** The decision in one line, such as {@code 5 units: floor 4 of quota 60/13 + 1 remainder unit}. */
  public String outcome() {
    StringBuilder b = new StringBuilder().append(units).append(units == 1 ? " unit: " : " units: ");
    if (bound != Bound.NONE) {
      b.append("held at its ").append(bound == Bound.MINIMUM ? "minimum" : "maximum")
          .append(" (quota ").append(quota).append(')');
    } else if (method == Method.LARGEST_REMAINDER) {
      b.append("floor ").append(floor()).append(" of quota ").append(quota);
      if (remainderUnit) {
        b.append(" + 1 remainder unit");
      }
    } else {
      b.append(method.id()).append(divisor.map(d -> " at divisor " + d).orElse(""))
          .append(" (quota ").append(quota).append(')');
    }
    if (tie == TieOutcome.AWARDED) {
      b.append("; tied at the margin, awarded by claim order");
    } else if (tie == TieOutcome.PASSED_OVER) {
      b.append("; tied at the margin, passed over by claim order");
    }
    return b.toString();
  }

  /**
   * This explanation in the library's general form, under rule {@code allocation.<method id>},
   * for the policy that asked for the allocation.
   */
  public Explanation toExplanation(String policyId, String version, PolicySource source) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("claim", id);
    inputs.put("weight", weight.toString());
    if (min > 0) {
      inputs.put("min", Long.toString(min));
    }
    if (max != Claim.NO_MAX) {
      inputs.put("max", Long.toString(max));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("method", method.id());
    parameters.put("quota", quota.toString());
    divisor.ifPresent(d -> parameters.put("divisor", d.toString()));
    return Explanation.of("allocation." + method.id(), policyId, version, source,
        ImmutableMap.copyOf(inputs), ImmutableMap.copyOf(parameters), outcome());
  }
}
