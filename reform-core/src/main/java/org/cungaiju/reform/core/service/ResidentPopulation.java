package org.cungaiju.reform.core.service;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Checks;

/**
 * A community's claim on a county's school places or budget: its resident (常住) population.
 *
 * <p>Immutable and thread-safe.
 *
 * @param communityId the community's id
 * @param residents its resident population, 0 or more
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ResidentPopulation(String communityId, int residents) {

  /** Validates the id and the count. */
  public ResidentPopulation {
    Checks.id(communityId, "communityId");
    Checks.nonNegative(residents, "residents");
  }

  /** The community of {@code dossier} with its resident population. */
  public static ResidentPopulation of(Dossier dossier) {
    return new ResidentPopulation(dossier.community().id(),
        dossier.community().residentPopulation());
  }
}
