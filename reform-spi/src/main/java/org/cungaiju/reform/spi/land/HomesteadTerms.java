package org.cungaiju.reform.spi.land;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;

/**
 * What a household withdrawing from its homestead (宅基地退出) is offered: cash, or urban
 * housing (宅基地使用权置换城镇住房) up to a cap.
 *
 * <p>All amounts exact and never negative. Immutable and thread-safe.
 *
 * @param compensationPerSquareMetre cash per square metre of homestead given up
 * @param housingAreaPerSquareMetre urban floor area per square metre of homestead given up
 * @param maxHousingAreaPerHousehold the most floor area one household may be offered
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record HomesteadTerms(
    Money compensationPerSquareMetre,
    Weight housingAreaPerSquareMetre,
    Weight maxHousingAreaPerHousehold) {

  /** Validates that the compensation is not negative. */
  public HomesteadTerms {
    checkInput(!compensationPerSquareMetre.isNegative(), "compensationPerSquareMetre",
        compensationPerSquareMetre, "is negative", "0 or more yuan per square metre");
    requireNonNull(housingAreaPerSquareMetre, "housingAreaPerSquareMetre");
    requireNonNull(maxHousingAreaPerHousehold, "maxHousingAreaPerHousehold");
  }
}
