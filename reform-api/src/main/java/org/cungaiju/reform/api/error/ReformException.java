package org.cungaiju.reform.api.error;

import org.cungaiju.reform.api.Api;

/**
 * The root of every exception reform throws on purpose.
 *
 * <p>Catching {@code ReformException} catches every documented failure of the library; anything
 * else escaping a reform call is a defect. Subtypes say what kind of failure it was:
 * {@link InvalidInputException} (the caller's data), {@link PolicyConfigurationException} (a
 * county plugin or policy), {@link ConflictException} (two things that cannot both hold) and
 * {@link InfeasibleException} (a well-formed request no result can satisfy).
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class ReformException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what went wrong and what would be accepted. */
  public ReformException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the failure that caused it. */
  public ReformException(String message, Throwable cause) {
    super(message, cause);
  }
}
