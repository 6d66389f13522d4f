package org.cungaiju.reform.core.run;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.dividend.DividendEngine;
import org.cungaiju.reform.core.dividend.DividendReport;
import org.cungaiju.reform.core.dividend.DividendStatus;
import org.cungaiju.reform.core.dividend.HouseholdPayout;
import org.cungaiju.reform.core.dividend.OrganizationDividend;
import org.cungaiju.reform.core.share.OrganizationShares;

/**
 * The dividends section: the latest financial year up to the date, distributed by every
 * organization on the registers of the shares section (which it needs).
 */
final class DividendsReportSection implements ReportSection<DividendSection> {

  @Override
  public SectionKey<DividendSection> key() {
    return SectionKey.DIVIDENDS;
  }

  @Override
  public DividendSection compute(RunContext run) {
    int until = run.date().getYear();
    Optional<Integer> year = run.dossier().finances().stream().map(FinancialYear::year)
        .filter(y -> y <= until).max(Integer::compare);
    if (year.isEmpty()) {
      return new DividendSection(Optional.empty(), ImmutableList.of());
    }
    Map<String, OrganizationShares> registers = run.require(SectionKey.SHARES).organizations()
        .stream().collect(Collectors.toMap(OrganizationShares::organizationId,
            Function.identity()));
    DividendEngine engine = new DividendEngine(run.registry());
    ImmutableList.Builder<OrganizationDividend> out = ImmutableList.builder();
    for (var o : run.dossier().organizations()) {
      OrganizationDividend d = engine.distribute(run.dossier(), registers.get(o.id()), year.get());
      // the register paid on is in the shares section; not repeated here
      out.add(new OrganizationDividend(d.organizationId(), d.name(), d.year(), d.status(),
          Optional.empty(), d.distribution(), d.explanation()));
    }
    return new DividendSection(year, out.build());
  }

  @Override
  public Figures figures(DividendSection s) {
    Money income = Money.ZERO;
    Money reserve = Money.ZERO;
    Money welfare = Money.ZERO;
    Money paid = Money.ZERO;
    long distributed = 0;
    long payouts = 0;
    Set<String> households = new HashSet<>();
    for (OrganizationDividend o : s.organizations()) {
      if (o.status() != DividendStatus.DISTRIBUTED || o.distribution().isEmpty()) {
        continue;
      }
      DividendReport r = o.distribution().get();
      distributed++;
      income = income.plus(r.distributableIncome());
      reserve = reserve.plus(r.reserveFund());
      welfare = welfare.plus(r.welfareFund());
      paid = paid.plus(r.paidOut());
      payouts += r.payouts().stream().filter(p -> !p.collective() && p.payout().isPositive())
          .count();
      r.households().stream().filter(h -> h.payout().isPositive())
          .map(HouseholdPayout::householdId).forEach(households::add);
    }
    return Figures.builder()
        .count("organizationsDistributed", distributed)
        .count("holdersPaid", payouts)
        .count("householdsPaid", households.size())
        .amount("distributableIncome", income)
        .amount("reserveFund", reserve)
        .amount("welfareFund", welfare)
        .amount("paidOut", paid)
        .build();
  }
}
