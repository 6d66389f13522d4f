package org.cungaiju.reform.core.service;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.value.Weight;

/**
 * The school places (学位) a community needs at one stage, and the gap to those available.
 *
 * <h2>The rule</h2>
 *
 * <p>{@code needed = ⌈residents × placesPerThousand ÷ 1000⌉}: the resident (常住) population
 * times the county's places per 1,000 residents, divided by 1,000 and rounded <em>up</em> to a
 * whole place, since a fraction of a child still needs a seat. {@code gap = needed −
 * available}: positive is a shortage, negative a surplus; absent when the dossier does not say
 * how many places are available.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage of education
 * @param residents the community's resident population
 * @param placesPerThousand the county's places per 1,000 residents at the stage
 * @param needed the places needed
 * @param available the places available, if the dossier records them
 * @param gap {@code needed − available}, if available is known
 * @param explanation the rule, the standards' policy version, inputs and exact quotient
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record SchoolPlaceNeed(
    SchoolStage stage,
    int residents,
    Weight placesPerThousand,
    long needed,
    Optional<Integer> available,
    Optional<Long> gap,
    Explanation explanation) {

  /** Validates that every part is present. */
  public SchoolPlaceNeed {
    requireNonNull(stage, "stage");
    requireNonNull(placesPerThousand, "placesPerThousand");
    requireNonNull(available, "available");
    requireNonNull(gap, "gap");
    requireNonNull(explanation, "explanation");
  }

  /** Whether fewer places are available than needed. */
  public boolean isShort() {
    return gap.filter(g -> g > 0).isPresent();
  }
}
