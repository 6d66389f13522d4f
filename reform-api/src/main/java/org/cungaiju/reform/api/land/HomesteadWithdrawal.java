package org.cungaiju.reform.api.land;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Weight;

/**
 * A household's application to withdraw from its homestead (宅基地退出), swapping the use right
 * for cash or urban housing (宅基地使用权置换城镇住房) under the land rules in force on the day
 * it applied.
 *
 * <p>The area is exact square metres with at most {@value RetainedLand#AREA_DECIMALS}
 * decimals. That the household and organization exist, that the id is unique, that the
 * household applies once (一户一宅) and that the date is not after the dossier's {@code asOf}
 * are checked by the dossier. Immutable and thread-safe.
 *
 * @param id the application's id
 * @param householdId the household withdrawing
 * @param organizationId the collective organization that owns the homestead land
 * @param homesteadArea the homestead area given up, in square metres
 * @param applied the date of the application
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record HomesteadWithdrawal(
    String id,
    String householdId,
    String organizationId,
    Weight homesteadArea,
    LocalDate applied) {

  /** Validates the ids and the area's precision. */
  public HomesteadWithdrawal {
    Checks.id(id, "id");
    Checks.id(householdId, "householdId");
    Checks.id(organizationId, "organizationId");
    RetainedLand.checkArea(homesteadArea, "homesteadArea");
    requireNonNull(applied, "applied");
  }
}
