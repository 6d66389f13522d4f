package org.cungaiju.reform.api.error;

import org.cungaiju.reform.api.Api;

/**
 * Two things that cannot both hold, such as two registrations of the same id or a register operation that contradicts the register's state.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class ConflictException extends ReformException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the culprit and what would be accepted. */
  public ConflictException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
