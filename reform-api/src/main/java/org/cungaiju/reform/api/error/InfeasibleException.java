package org.cungaiju.reform.api.error;

import org.cungaiju.reform.api.Api;

/**
 * A well-formed request that no result can satisfy, such as per-claim minimums that add up to more than the total to allocate, or a tie the caller asked to have refused.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class InfeasibleException extends ReformException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the culprit and what would be accepted. */
  public InfeasibleException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public InfeasibleException(String message, Throwable cause) {
    super(message, cause);
  }
}
