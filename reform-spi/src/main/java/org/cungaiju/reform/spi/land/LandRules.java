package org.cungaiju.reform.spi.land;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The land-rules facet: the retained-land (留用地) ratio, the rates at which an unrealized
 * retained-land entitlement converts to cash, property or equity (折算货币、置换物业、折价入股),
 * and the terms of homestead (宅基地) withdrawal.
 *
 * <p>Immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface LandRules extends PolicyFacet {

  /** The land parameters that apply to {@code organization}. */
  Explained<LandParameters> parameters(CollectiveOrganization organization);
}
