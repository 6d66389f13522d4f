package org.cungaiju.reform.spi.governance;

import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The governance-rules facet: which posts one person may hold together (一肩挑) and what
 * counts as separated on each of the five dimensions of 政经分开 (separating the community's
 * self-government from the collective's economic affairs).
 *
 * <p>Immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface GovernanceRules extends PolicyFacet {

  /**
   * Whether one person may hold all of {@code posts} at once; a single post is always allowed.
   */
  Explained<Boolean> mayHoldTogether(Set<Post> posts);

  /** What counts as separated on {@code dimension}. */
  Explained<SeparationStandard> separation(SeparationDimension dimension);
}
