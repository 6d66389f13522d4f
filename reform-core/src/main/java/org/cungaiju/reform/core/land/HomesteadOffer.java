package org.cungaiju.reform.core.land;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;

/**
 * What a household withdrawing from its homestead (宅基地退出) is offered under the land rules
 * in force on the day it applied: cash, or urban housing (宅基地使用权置换城镇住房) — two
 * alternatives.
 *
 * <h2>How the figures are computed</h2>
 *
 * <ul>
 *   <li>{@code compensation = homesteadArea × compensation per m²}, rounded down to the fen.
 *   <li>{@code housingArea = min(homesteadArea × floor area per m², most per household)},
 *       rounded down to 0.01 m²; {@code housingCapped} says whether the cap cut it.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param withdrawalId the application's id
 * @param householdId the household
 * @param organizationId the organization owning the homestead land
 * @param applied the date of the application, whose rules decide
 * @param homesteadArea the homestead area given up, m²
 * @param compensation the cash offered
 * @param housingArea the urban floor area offered instead, m²
 * @param housingCapped whether the per-household cap limited the floor area
 * @param explanation the rule, the land parameters' policy version, inputs and exact values
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record HomesteadOffer(
    String withdrawalId,
    String householdId,
    String organizationId,
    LocalDate applied,
    Weight homesteadArea,
    Money compensation,
    Weight housingArea,
    boolean housingCapped,
    Explanation explanation) {

  /** Validates that every part is present. */
  public HomesteadOffer {
    requireNonNull(withdrawalId, "withdrawalId");
    requireNonNull(householdId, "householdId");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(applied, "applied");
    requireNonNull(homesteadArea, "homesteadArea");
    requireNonNull(compensation, "compensation");
    requireNonNull(housingArea, "housingArea");
    requireNonNull(explanation, "explanation");
  }
}
