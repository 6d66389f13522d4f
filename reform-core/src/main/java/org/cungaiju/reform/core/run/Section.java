package org.cungaiju.reform.core.run;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;

/**
 * One section of a {@link Report}: either complete, with the engine's whole result and its
 * headline figures, or failed, with the error and nothing else. A section is never partly
 * filled in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status complete or failed
 * @param figures the headline figures of a complete section; {@link Figures#NONE} for a failed
 *     one
 * @param result the engine's result, present exactly when complete
 * @param error why the section failed, present exactly when failed
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Section(
    SectionStatus status, Figures figures, Optional<Record> result, Optional<SectionError> error) {

  /** Validates that a complete section has a result and no error, a failed one the reverse. */
  public Section {
    requireNonNull(status, "status");
    requireNonNull(figures, "figures");
    requireNonNull(result, "result");
    requireNonNull(error, "error");
    boolean complete = status == SectionStatus.COMPLETE;
    checkArgument(result.isPresent() == complete && error.isPresent() != complete,
        "a %s section must have %s", status,
        complete ? "a result and no error" : "an error and no result");
    checkArgument(complete || figures.equals(Figures.NONE), "a failed section has no figures");
  }

  /** A complete section. */
  public static Section complete(Record result, Figures figures) {
    return new Section(SectionStatus.COMPLETE, figures, Optional.of(result), Optional.empty());
  }

  /** A failed section. */
  public static Section failed(SectionError error) {
    return new Section(SectionStatus.FAILED, Figures.NONE, Optional.empty(), Optional.of(error));
  }

  /** Whether the section is complete. */
  public boolean isComplete() {
    return status == SectionStatus.COMPLETE;
  }
}
