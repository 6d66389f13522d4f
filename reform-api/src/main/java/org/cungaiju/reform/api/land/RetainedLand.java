package org.cungaiju.reform.api.land;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Weight;

/**
 * One collective organization's retained-land (留用地) record: the area of its land
 * expropriated (被征收土地面积), on which its retained-land entitlement is based, and the
 * retained land already realized (已落实留用地).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Areas are exact square metres with at most {@value #AREA_DECIMALS} decimals (a square
 *       millimetre), so that an area times a rate of at most 12 decimals stays exact.
 *   <li>The realized area may exceed the entitlement (land realized beyond it); the
 *       calculations report that rather than refuse it. That the organization exists and has
 *       one record is checked by the dossier.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizationId the organization whose land was expropriated
 * @param expropriatedArea the expropriated area in square metres (the entitlement's base)
 * @param realizedArea the retained land already realized, in square metres
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RetainedLand(String organizationId, Weight expropriatedArea, Weight realizedArea) {

  /** The most decimals an area may have. */
  public static final int AREA_DECIMALS = 6;

  /** Validates the id and the areas' precision. */
  public RetainedLand {
    Checks.id(organizationId, "organizationId");
    checkArea(expropriatedArea, "expropriatedArea");
    checkArea(realizedArea, "realizedArea");
  }

  /**
   * Returns {@code area} if it has at most {@value #AREA_DECIMALS} decimals; throws naming
   * {@code field} otherwise.
   */
  static Weight checkArea(Weight area, String field) {
    requireNonNull(area, field);
    checkInput(area.scale() <= AREA_DECIMALS, field, area,
        "has more than " + AREA_DECIMALS + " decimals",
        "square metres with at most " + AREA_DECIMALS + " decimals, such as \"12345.67\"");
    return area;
  }
}
