package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.value.Weight;

/**
 * One member's exact weight in each class members hold, as the share scheme gave it on the base
 * date, with the scheme's explanation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId the member
 * @param householdId the member's household
 * @param weights the weight in each member class, by class id
 * @param explanation why the scheme gave these weights
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record MemberWeights(
    String personId,
    String householdId,
    ImmutableMap<String, Weight> weights,
    Explanation explanation) {

  /** Validates the ids and copies the weights. */
  public MemberWeights {
    Checks.id(personId, "personId");
    Checks.id(householdId, "householdId");
    weights = ImmutableMap.copyOf(weights);
    requireNonNull(explanation, "explanation");
  }

  /** The weights of every class added up, exactly. */
  public BigDecimal total() {
    return weights.values().stream().map(Weight::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
