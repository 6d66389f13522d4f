package org.cungaiju.reform.api.dossier;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Money;

/**
 * An organization's figures for one financial year: what it may distribute.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizationId the organization
 * @param year the financial year, such as 2025
 * @param distributableIncome the year's distributable income (可分配收益); negative in a
 *     loss-making year, when nothing is retained or paid
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record FinancialYear(String organizationId, int year, Money distributableIncome) {

  /** Validates the id and year. */
  public FinancialYear {
    Checks.id(organizationId, "organizationId");
    checkInput(year >= 1949 && year <= 9999, "year", year, "is out of range", "1949 to 9999");
    requireNonNull(distributableIncome, "distributableIncome");
  }
}
