package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.share.OrganizationShares;
import org.cungaiju.reform.core.share.ShareEngine;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;

/**
 * Dividend distribution over a dossier: for each organization, the year's figures, the register
 * in force ({@link ShareEngine}), the retention rates of the dividend rules in force (the
 * charter's rates where it sets them, under the municipal default), and the payouts ({@link
 * Dividends}).
 *
 * <h2>Statuses</h2>
 *
 * <p>Every organization of the dossier gets an {@link OrganizationDividend} that says what
 * became of its income: {@link DividendStatus#DISTRIBUTED}; {@link
 * DividendStatus#NO_POSITIVE_INCOME} (nothing retained or paid); {@link
 * DividendStatus#NO_FIGURES} (the dossier has no figures for the year); {@link
 * DividendStatus#NO_SHARES} (a positive income but a register without shares — nothing
 * retained or paid, the income left for when there is a register). Nothing is left out
 * silently.
 *
 * <p>The date decides the policy versions, the membership decisions behind a quantified
 * register, and which deaths static management has passed on; it is explicit, the dossier's
 * {@code asOf} by default in the command line, never the wall clock.
 *
 * <p>Stateless; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class DividendEngine {

  private final PolicyRegistry registry;
  private final ShareEngine shares;

  /** An engine deciding under the policies of {@code registry}. */
  public DividendEngine(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    this.shares = new ShareEngine(registry);
  }

  /** The latest financial year the dossier has figures for, if any. */
  public static OptionalInt latestYear(Dossier dossier) {
    return dossier.finances().stream().mapToInt(FinancialYear::year).max();
  }

  /**
   * Every organization's dividends for {@code year}, with the registers in force on {@code
   * date}.
   *
   * @throws PluginFaultException if a policy plugin fails, naming the input's JSON path
   */
  public YearDistribution distribute(Dossier dossier, int year, LocalDate date) {
    requireNonNull(date, "date");
    List<String> withFigures = dossier.organizations().stream().map(CollectiveOrganization::id)
        .filter(id -> figures(dossier, id, year).isPresent()).toList();
    Map<String, OrganizationShares> registers = new LinkedHashMap<>();
    shares.sharesOf(dossier, withFigures, date)
        .forEach(s -> registers.put(s.organizationId(), s));
    List<OrganizationDividend> out = new ArrayList<>();
    for (int i = 0; i < dossier.organizations().size(); i++) {
      CollectiveOrganization o = dossier.organizations().get(i);
      OrganizationShares s = registers.get(o.id());
      out.add(s == null ? noFigures(dossier, o, year, date) : distribute(dossier, i, s, year));
    }
    return new YearDistribution(dossier.county(), date, year, ImmutableList.copyOf(out));
  }

  /**
   * One organization's dividends for {@code year} on {@code shares}, under the dividend rules in
   * force on the date of {@code shares}.
   *
   * @throws InvalidInputException if the dossier has no such organization
   * @throws PluginFaultException if the dividend rules fail, naming the organization's JSON path
   */
  public OrganizationDividend distribute(Dossier dossier, OrganizationShares shares, int year) {
    for (int i = 0; i < dossier.organizations().size(); i++) {
      if (dossier.organizations().get(i).id().equals(shares.organizationId())) {
        return distribute(dossier, i, shares, year);
      }
    }
    throw InvalidInputException.of("organizationId", shares.organizationId(),
        "names no organization in the dossier", "the id of an organization listed");
  }

  private OrganizationDividend distribute(
      Dossier dossier, int index, OrganizationShares register, int year) {
    CollectiveOrganization o = dossier.organizations().get(index);
    DividendRules rules = registry.resolve(dossier.county(), Facet.DIVIDEND, register.date());
    Optional<FinancialYear> figures = figures(dossier, o.id(), year);
    if (figures.isEmpty()) {
      return noFigures(dossier, o, year, register.date());
    }
    Explained<RetentionRates> rates;
    try {
      rates = rules.retention(o, year);
    } catch (PluginFaultException e) {
      throw e.at("$.organizations[" + index + "]");
    }
    FinancialYear fy = figures.get();
    Map<String, String> inputs = inputs(o, year);
    inputs.put("distributableIncome", fy.distributableIncome().toString());
    inputs.put("totalShares", String.valueOf(register.totalShares()));
    if (fy.distributableIncome().isPositive() && register.totalShares() == 0) {
      return new OrganizationDividend(o.id(), o.name(), year, DividendStatus.NO_SHARES,
          Optional.of(register), Optional.empty(), rules.version().explain(
              OrganizationDividend.RULE_ID, "", inputs, Map.of(), "distributable income "
                  + fy.distributableIncome() + ", but the register holds no shares: nothing "
                  + "retained, nothing paid; the income stays undistributed until there is a "
                  + "register"));
    }
    DividendReport report = Dividends.distribute(DividendBasis.of(register), year,
        fy.distributableIncome(), rates).report();
    Explanation explanation = rules.version().explain(OrganizationDividend.RULE_ID, "", inputs,
        Map.of(), report.explanation().outcome())
        .withSteps(ImmutableList.of(register.explanation(), report.explanation()));
    return new OrganizationDividend(o.id(), o.name(), year, report.status(),
        Optional.of(register), Optional.of(report), explanation);
  }

  private OrganizationDividend noFigures(
      Dossier dossier, CollectiveOrganization o, int year, LocalDate date) {
    DividendRules rules = registry.resolve(dossier.county(), Facet.DIVIDEND, date);
    return new OrganizationDividend(o.id(), o.name(), year, DividendStatus.NO_FIGURES,
        Optional.empty(), Optional.empty(), rules.version().explain(OrganizationDividend.RULE_ID,
            "", inputs(o, year), Map.of(), "the dossier has no financial figures for " + year
                + ": nothing to distribute"));
  }

  private static Map<String, String> inputs(CollectiveOrganization o, int year) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", o.id());
    inputs.put("year", String.valueOf(year));
    return inputs;
  }

  private static Optional<FinancialYear> figures(Dossier dossier, String organizationId,
      int year) {
    return dossier.finances().stream()
        .filter(f -> f.organizationId().equals(organizationId) && f.year() == year)
        .findFirst();
  }
}
