package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.land.LandParameters;
import org.cungaiju.reform.spi.land.LandRules;

/**
 * Land rules, guarded. A ratio outside [0, 1] or a negative amount cannot be answered: the
 * value types refuse them when the plugin builds them, which the guard reports as the plugin
 * throwing.
 */
record GuardedLandRules(LandRules plugin, FacetVersion version, PluginGuard guard)
    implements LandRules {

  @Override
  public Explained<LandParameters> parameters(CollectiveOrganization organization) {
    requireNonNull(organization, "organization");
    return guard.decide(Facet.LAND, version, () -> "organization " + organization.id(),
        LandParameters.class, () -> plugin.parameters(organization), Check.none(), null);
  }
}
