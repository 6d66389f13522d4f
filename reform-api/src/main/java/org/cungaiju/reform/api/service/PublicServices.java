package org.cungaiju.reform.api.service;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.Api;

/**
 * A dossier's public-services section: the school places available, at most one figure per
 * stage. A stage left out is unknown, not zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schoolPlaces the places available per stage, each stage at most once
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PublicServices(ImmutableList<SchoolPlaces> schoolPlaces) {

  /** A section that records nothing. */
  public static final PublicServices EMPTY = new PublicServices(ImmutableList.of());

  /** Validates that each stage is given once, and copies the list. */
  public PublicServices {
    schoolPlaces = ImmutableList.copyOf(schoolPlaces);
    Set<SchoolStage> stages = EnumSet.noneOf(SchoolStage.class);
    for (SchoolPlaces p : schoolPlaces) {
      checkInput(stages.add(p.stage()), "schoolPlaces", p.stage(), "is given twice",
          "each stage at most once");
    }
  }

  /** The places available at {@code stage}, if given. */
  public Optional<Integer> placesAt(SchoolStage stage) {
    return schoolPlaces.stream().filter(p -> p.stage() == stage).findFirst()
        .map(SchoolPlaces::places);
  }
}
