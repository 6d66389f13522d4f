package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;

/**
 * A dossier's dividends for one financial year: every organization, in dossier order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param county the county whose policy applied
 * @param date the date the policy, the membership and the registers were taken on
 * @param year the financial year
 * @param organizations each organization's status, register and distribution
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record YearDistribution(
    County county, LocalDate date, int year, ImmutableList<OrganizationDividend> organizations) {

  /** Validates that the parts are present, and copies the list. */
  public YearDistribution {
    requireNonNull(county, "county");
    requireNonNull(date, "date");
    organizations = ImmutableList.copyOf(organizations);
  }

  /** The result for {@code organizationId}, if the dossier has that organization. */
  public Optional<OrganizationDividend> organization(String organizationId) {
    return organizations.stream().filter(o -> o.organizationId().equals(organizationId))
        .findFirst();
  }
}
