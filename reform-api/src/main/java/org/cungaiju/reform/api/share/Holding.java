package org.cungaiju.reform.api.share;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A holder's shares of one class in a register.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holderId a person id, or the organization's own id for collective shares (集体股)
 * @param shareClassId the class
 * @param shares how many shares, 0 or more
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Holding(String holderId, String shareClassId, long shares) {

  /** Validates ids and that the count is not negative. */
  public Holding {
    Checks.id(holderId, "holderId");
    Checks.id(shareClassId, "shareClassId");
    Checks.nonNegative(shares, "shares");
  }
}
