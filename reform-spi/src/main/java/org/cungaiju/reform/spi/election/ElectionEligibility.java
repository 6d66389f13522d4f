package org.cungaiju.reform.spi.election;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The election-eligibility facet: whether a non-hukou resident (非户籍常住人口) may stand for
 * the two committees (两委) of a village-to-residence community, under the county's conditions
 * for the pilot of the plan's measure 10.
 *
 * <p>{@link ElectionConditions} holds the usual conditions and evaluates them; a county may
 * use it with its own parameters or decide otherwise. Immutable, thread-safe and
 * deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ElectionEligibility extends PolicyFacet {

  /** Whether {@code person} may stand on {@code date}, with every condition met and unmet. */
  Explained<Eligibility> decide(Person person, LocalDate date);
}
