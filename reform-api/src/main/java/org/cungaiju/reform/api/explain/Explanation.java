package org.cungaiju.reform.api.explain;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.cungaiju.reform.api.Api;

/**
 * Why a decision came out as it did: the rule applied, the policy and version it belongs to,
 * the clause it cites, the inputs and parameters it used, a one-line outcome, and the
 * explanations of the steps it built on.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Inputs and parameters are text in the order the rule gave them; personal data in them
 *       is masked by whoever built the explanation.
 *   <li>The JSON form is versioned (see the core module's report format), so an explanation
 *       written today can be read back to settle a dispute later.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId a stable id of the rule, such as {@code membership.birth}
 * @param policyId the id of the policy (plugin) that made the decision, such as
 *     {@code jiangmen-default}
 * @param version the id of the policy version in force, such as {@code 2025-05-01}
 * @param source the document and clause the rule cites
 * @param inputs the facts the rule read, by name
 * @param parameters the policy parameters the rule used, by name
 * @param outcome the decision in one line, such as {@code member: born to a member}
 * @param steps the explanations this one builds on; empty for a single rule
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Explanation(
    String ruleId,
    String policyId,
    String version,
    PolicySource source,
    ImmutableMap<String, String> inputs,
    ImmutableMap<String, String> parameters,
    String outcome,
    ImmutableList<Explanation> steps) {

  /** Validates that the rule, policy and version are named, and copies the maps and steps. */
  public Explanation {
    checkInput(!ruleId.isBlank(), "ruleId", ruleId, "is blank", "a rule id such as membership.birth");
    checkInput(!policyId.isBlank(), "policyId", policyId, "is blank", "the deciding policy's id");
    checkInput(!version.isBlank(), "version", version, "is blank", "the policy version's id");
    requireNonNull(source, "source");
    requireNonNull(outcome, "outcome");
    inputs = ImmutableMap.copyOf(inputs);
    parameters = ImmutableMap.copyOf(parameters);
    steps = ImmutableList.copyOf(steps);
  }

  /** An explanation of a single rule, with no steps. */
  public static Explanation of(
      String ruleId,
      String policyId,
      String version,
      PolicySource source,
      Map<String, String> inputs,
      Map<String, String> parameters,
      String outcome) {
    return new Explanation(ruleId, policyId, version, source, ImmutableMap.copyOf(inputs),
        ImmutableMap.copyOf(parameters), outcome, ImmutableList.of());
  }

  /** This explanation with {@code steps} as the explanations it builds on. */
  public Explanation withSteps(Iterable<Explanation> steps) {
    return new Explanation(ruleId, policyId, version, source, inputs, parameters, outcome,
        ImmutableList.copyOf(steps));
  }
}
