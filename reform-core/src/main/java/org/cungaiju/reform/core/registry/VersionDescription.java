package org.cungaiju.reform.core.registry;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;

/**
 * One facet version a plugin offers, as the registry describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facet the facet's id, such as {@code membership}
 * @param versionId the version's id
 * @param validity the dates it is in force
 * @param source the document, clause and date it rests on
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record VersionDescription(
    String facet, String versionId, DateRange validity, PolicySource source) {

  /** Validates that every part is present. */
  public VersionDescription {
    requireNonNull(facet, "facet");
    requireNonNull(versionId, "versionId");
    requireNonNull(validity, "validity");
    requireNonNull(source, "source");
  }
}
