package org.cungaiju.reform.spi.facet;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;

/**
 * One dated version of a facet: the plugin it belongs to, its id, the dates it is in force and
 * the document it rests on.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@code policyId} and {@code id} are well-formed ids ({@link Checks#ID}); the registry
 *       refuses a version whose {@code policyId} is not its plugin's id.
 *   <li>The validity window runs from a first day (inclusive) to an end day (exclusive) or is
 *       open; within one plugin, the versions of one facet never overlap (the registry refuses
 *       them otherwise).
 *   <li>{@link #explain} builds explanations that name this policy and version, so that every
 *       decision a facet makes says where it came from.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param policyId the id of the plugin the version belongs to, such as {@code xinhui}
 * @param id the version's id, unique within the plugin and facet; by convention the first day
 *     it is in force, such as {@code 2025-05-01}
 * @param validity the dates the version is in force
 * @param source the document (文号), clause and decision date the version rests on
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record FacetVersion(String policyId, String id, DateRange validity, PolicySource source) {

  /** Validates the ids. */
  public FacetVersion {
    Checks.id(policyId, "policyId");
    Checks.id(id, "id");
    requireNonNull(validity, "validity");
    requireNonNull(source, "source");
  }

  /** A version with the id {@code validity.from()}, the usual naming. */
  public static FacetVersion of(String policyId, DateRange validity, PolicySource source) {
    return new FacetVersion(policyId, validity.from().toString(), validity, source);
  }

  /** Whether the version is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return validity.contains(date);
  }

  /**
   * The explanation of one rule of this version.
   *
   * @param ruleId a stable id of the rule, such as {@code membership.birth}
   * @param clause the clause of {@link #source()}'s document the rule cites, such as {@code
   *     第十二条}; empty to cite the version's own clause
   * @param inputs the facts the rule read, already masked where personal
   * @param parameters the policy parameters the rule used
   * @param outcome the decision in one line
   */
  public Explanation explain(
      String ruleId,
      String clause,
      Map<String, String> inputs,
      Map<String, String> parameters,
      String outcome) {
    PolicySource cited = clause.isEmpty()
        ? source
        : new PolicySource(source.document(), clause, source.decided());
    return Explanation.of(ruleId, policyId, id, cited, ImmutableMap.copyOf(inputs),
        ImmutableMap.copyOf(parameters), outcome);
  }

  /** Reads as {@code xinhui/2025-05-01 [2025-05-01, …) 文号 clause (date)}. */
  @Override
  public String toString() {
    return policyId + "/" + id + " " + validity + " " + source;
  }
}
