package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;

/**
 * The version of one facet of policy a {@link Report} was run under: which plugin, which
 * version, in force when, resting on which document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facet the facet's id, such as {@code membership}
 * @param policyId the id of the plugin whose version is in force, such as {@code
 *     jiangmen-default}
 * @param version the version's id
 * @param validity the dates the version is in force
 * @param source the document, clause and date it rests on
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PolicyInForce(
    String facet, String policyId, String version, DateRange validity, PolicySource source) {

  /** Validates that every part is present. */
  public PolicyInForce {
    requireNonNull(facet, "facet");
    requireNonNull(policyId, "policyId");
    requireNonNull(version, "version");
    requireNonNull(validity, "validity");
    requireNonNull(source, "source");
  }

  /** The version {@code v} of {@code facet}. */
  public static PolicyInForce of(Facet<?> facet, FacetVersion v) {
    return new PolicyInForce(facet.id(), v.policyId(), v.id(), v.validity(), v.source());
  }
}
