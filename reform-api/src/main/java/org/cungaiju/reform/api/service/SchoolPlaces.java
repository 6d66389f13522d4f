package org.cungaiju.reform.api.service;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * The school places (学位) available to a community's residents at one stage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage
 * @param places the places available, 0 or more
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record SchoolPlaces(SchoolStage stage, int places) {

  /** Validates the count. */
  public SchoolPlaces {
    requireNonNull(stage, "stage");
    Checks.nonNegative(places, "places");
  }
}
