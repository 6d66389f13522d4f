package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.dividend.OrganizationDividend;

/**
 * The dividends section of a {@link Report} (收益分配): every organization's distribution of
 * the year — the latest financial year the dossier has figures for, up to the run's date —
 * paid on the registers of the report's {@code shares} section.
 *
 * <p>Each organization's {@code shares} is left empty here: the register paid on is the
 * organization's register in the {@code shares} section, not repeated. Immutable and
 * thread-safe.
 *
 * @param year the financial year distributed; empty when the dossier has figures for no year up
 *     to the run's date, and then {@code organizations} is empty too
 * @param organizations one distribution per organization, in the dossier's order, with its
 *     status (distributed, no figures, no positive income, no shares)
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record DividendSection(Optional<Integer> year,
    ImmutableList<OrganizationDividend> organizations) {

  /** Validates that there are distributions only for a year, and copies them. */
  public DividendSection {
    requireNonNull(year, "year");
    organizations = ImmutableList.copyOf(organizations);
    if (year.isEmpty() && !organizations.isEmpty()) {
      throw new IllegalArgumentException("distributions without a year");
    }
  }
}
