package org.cungaiju.reform.spi.land;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * The numbers of the land rules.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The retained-land ratio is in [0, 1] ({@link Rate}): the share of the expropriated area
 *       returned to the collective as retained land.
 *   <li>Conversion rates are exact and never negative: cash and equity in yuan per square metre
 *       of unrealized entitlement, property in square metres of floor area per square metre.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param retainedLandRatio retained land per square metre expropriated
 * @param cashPerSquareMetre cash (折算货币) per square metre of unrealized entitlement
 * @param propertyAreaPerSquareMetre floor area (置换物业) per square metre of unrealized entitlement
 * @param equityPerSquareMetre equity (折价入股) per square metre of unrealized entitlement
 * @param homestead the terms of homestead withdrawal
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record LandParameters(
    Rate retainedLandRatio,
    Money cashPerSquareMetre,
    Weight propertyAreaPerSquareMetre,
    Money equityPerSquareMetre,
    HomesteadTerms homestead) {

  /** Validates that no rate is negative. */
  public LandParameters {
    requireNonNull(retainedLandRatio, "retainedLandRatio");
    requireNonNull(propertyAreaPerSquareMetre, "propertyAreaPerSquareMetre");
    requireNonNull(homestead, "homestead");
    checkInput(!cashPerSquareMetre.isNegative(), "cashPerSquareMetre", cashPerSquareMetre,
        "is negative", "0 or more yuan per square metre");
    checkInput(!equityPerSquareMetre.isNegative(), "equityPerSquareMetre", equityPerSquareMetre,
        "is negative", "0 or more yuan per square metre");
  }
}
