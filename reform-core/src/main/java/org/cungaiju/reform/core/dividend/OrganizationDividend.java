package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.core.share.OrganizationShares;

/**
 * What {@link DividendEngine} did with one organization's year: its status, the register paid
 * on, and the distribution.
 *
 * <p>{@code shares} is present unless the dossier has no figures for the year ({@link
 * DividendStatus#NO_FIGURES}); {@code distribution} is present when the status is {@link
 * DividendStatus#DISTRIBUTED} or {@link DividendStatus#NO_POSITIVE_INCOME}. Immutable and
 * thread-safe.
 *
 * @param organizationId the organization
 * @param name its name
 * @param year the financial year
 * @param status what became of the year's income
 * @param shares the register paid on, with its holders and households
 * @param distribution the retention, pool and payouts
 * @param explanation the rule, the dividend rules' version and the outcome
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record OrganizationDividend(
    String organizationId,
    String name,
    int year,
    DividendStatus status,
    Optional<OrganizationShares> shares,
    Optional<DividendReport> distribution,
    Explanation explanation) {

  /** The rule id of the explanation. */
  public static final String RULE_ID = "dividend.organization";

  /** Validates that the parts are present. */
  public OrganizationDividend {
    Checks.id(organizationId, "organizationId");
    requireNonNull(name, "name");
    requireNonNull(status, "status");
    requireNonNull(shares, "shares");
    requireNonNull(distribution, "distribution");
    requireNonNull(explanation, "explanation");
  }
}
