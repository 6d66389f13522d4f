package org.cungaiju.reform.core.land;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * One collective organization's retained-land (留用地) entitlement and what its unrealized part
 * converts to.
 *
 * <h2>How the figures are computed</h2>
 *
 * <ul>
 *   <li>{@code entitlement = ratio × expropriatedArea}, exact (a ratio of at most 12 decimals
 *       times an area of at most 6 decimals).
 *   <li>{@code unrealized = entitlement − realized} when positive, else 0; {@code
 *       realizedBeyondEntitlement = realized − entitlement} when positive, else 0.
 *   <li>{@code cash = unrealized × cash per m²} and {@code equity = unrealized × equity per m²},
 *       each rounded down to the fen; {@code propertyArea = unrealized × floor area per m²},
 *       rounded down to 0.01 m² (the precision of a property certificate). Rounding down never
 *       offers more than the exact value; the explanation gives the exact values.
 * </ul>
 *
 * <p>The three conversions are alternatives, not a sum. Immutable and thread-safe.
 *
 * @param organizationId the organization
 * @param expropriatedArea the expropriated area the entitlement is based on, m²
 * @param ratio the retained-land ratio of the land rules
 * @param entitlement the retained land due, m²
 * @param realized the retained land already realized, m²
 * @param unrealized the entitlement not yet realized, m²
 * @param realizedBeyondEntitlement the land realized beyond the entitlement, m²
 * @param cash the unrealized part converted to cash (折算货币)
 * @param propertyArea the unrealized part converted to property floor area (置换物业), m²
 * @param equity the unrealized part converted to equity (折价入股)
 * @param explanation the rule, the land parameters' policy version, inputs and exact values
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record RetainedLandValue(
    String organizationId,
    Weight expropriatedArea,
    Rate ratio,
    Weight entitlement,
    Weight realized,
    Weight unrealized,
    Weight realizedBeyondEntitlement,
    Money cash,
    Weight propertyArea,
    Money equity,
    Explanation explanation) {

  /** Validates that every part is present. */
  public RetainedLandValue {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(expropriatedArea, "expropriatedArea");
    requireNonNull(ratio, "ratio");
    requireNonNull(entitlement, "entitlement");
    requireNonNull(realized, "realized");
    requireNonNull(unrealized, "unrealized");
    requireNonNull(realizedBeyondEntitlement, "realizedBeyondEntitlement");
    requireNonNull(cash, "cash");
    requireNonNull(propertyArea, "propertyArea");
    requireNonNull(equity, "equity");
    requireNonNull(explanation, "explanation");
  }
}
