package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.Api;

/** Whether a section of a {@link Report} was produced whole or failed. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum SectionStatus {
  /** The section's engine gave its whole result; the section holds it. */
  COMPLETE,
  /** The section's engine failed; the section holds the error and no result at all. */
  FAILED
}
