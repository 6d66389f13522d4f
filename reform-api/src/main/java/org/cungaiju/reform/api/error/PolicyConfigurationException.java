package org.cungaiju.reform.api.error;

import org.cungaiju.reform.api.Api;

/**
 * A county policy plugin or policy version that is broken or inconsistent: a duplicate plugin id, overlapping validity windows, an unsupported SPI version, a county outside Jiangmen, a facet that throws or answers out of range. The message names the plugin (its id, else its provider class) and, where known, its jar.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class PolicyConfigurationException extends ReformException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the culprit and what would be accepted. */
  public PolicyConfigurationException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public PolicyConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
