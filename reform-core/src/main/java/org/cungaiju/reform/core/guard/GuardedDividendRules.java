package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;

/**
 * Dividend rules, guarded. Rates outside [0, 1] or adding up to more than 1 cannot be answered:
 * {@code Rate} and {@link RetentionRates} refuse them when the plugin builds them, which the
 * guard reports as the plugin throwing.
 */
record GuardedDividendRules(DividendRules plugin, FacetVersion version, PluginGuard guard)
    implements DividendRules {

  @Override
  public Explained<RetentionRates> retention(CollectiveOrganization organization, int year) {
    requireNonNull(organization, "organization");
    return guard.decide(Facet.DIVIDEND, version,
        () -> "organization " + organization.id() + ", year " + year, RetentionRates.class,
        () -> plugin.retention(organization, year), Check.none(), null);
  }
}
