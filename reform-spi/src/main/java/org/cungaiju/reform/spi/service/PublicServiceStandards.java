package org.cungaiju.reform.spi.service;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The public-service-standards facet: how many school places (学位) a community needs per
 * 1,000 resident (常住) persons at each level, the plan's measure 4 ("按常住人口规模配置").
 *
 * <p>Immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface PublicServiceStandards extends PolicyFacet {

  /** School places per 1,000 residents at {@code level}, exact. */
  Explained<Weight> schoolPlacesPerThousand(SchoolLevel level);
}
