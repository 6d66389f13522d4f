package org.cungaiju.reform.core.share;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * How one holding changed in a register operation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holderId the holder
 * @param shareClassId the class
 * @param before the shares held before
 * @param after the shares held after
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ShareChange(String holderId, String shareClassId, long before, long after) {

  /** Validates the ids and that neither count is negative. */
  public ShareChange {
    Checks.id(holderId, "holderId");
    Checks.id(shareClassId, "shareClassId");
    Checks.nonNegative(before, "before");
    Checks.nonNegative(after, "after");
  }

  /** {@code after - before}. */
  public long delta() {
    return after - before;
  }
}
