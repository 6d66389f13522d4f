package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A transfer (转让) of shares of one class from one holder to another person of the same
 * organization.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day it takes effect
 * @param reason why, as recorded (at most 200 characters, no personal data)
 * @param fromHolderId the holder giving the shares
 * @param toPersonId the person receiving them, who must belong to the same organization
 * @param shareClassId the class of the shares
 * @param shares how many, 1 or more
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Transfer(
    LocalDate date,
    String reason,
    String fromHolderId,
    String toPersonId,
    String shareClassId,
    long shares) implements RegisterOperation {

  /** Validates the ids, the reason and that at least one share moves between two holders. */
  public Transfer {
    requireNonNull(date, "date");
    Checks.text(reason, "reason", 200, reason);
    Checks.id(fromHolderId, "fromHolderId");
    Checks.id(toPersonId, "toPersonId");
    Checks.id(shareClassId, "shareClassId");
    checkInput(shares >= 0, "shares", shares, "is negative", "1 or more shares");
    checkInput(shares > 0, "shares", shares, "moves nothing", "1 or more shares");
    checkInput(!fromHolderId.equals(toPersonId), "toPersonId", toPersonId,
        "is the holder giving the shares", "another person");
  }
}
