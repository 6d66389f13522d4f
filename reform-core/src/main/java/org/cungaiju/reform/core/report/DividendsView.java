package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.dividend.DividendReport;
import org.cungaiju.reform.core.dividend.DividendStatus;
import org.cungaiju.reform.core.dividend.HouseholdPayout;
import org.cungaiju.reform.core.dividend.OrganizationDividend;
import org.cungaiju.reform.core.run.DividendSection;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;

/**
 * The dividends section: each organization's income, retention and payout, and how the
 * payouts are spread over households (a histogram of each household's payouts added up over
 * the organizations).
 */
final class DividendsView implements SectionView<DividendSection> {

  @Override
  public SectionKey<DividendSection> key() {
    return SectionKey.DIVIDENDS;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("paidOut", "householdsPaid");
  }

  @Override
  public void render(DividendSection s, Figures figures, Page page) {
    if (s.year().isEmpty()) {
      page.note(page.t("dividends.noYear"));
      return;
    }
    page.element("p", "", page.f("dividends.year", s.year().get()));
    page.cards(Cards.of(page, figures, "organizationsDistributed", "distributableIncome",
        "reserveFund", "welfareFund", "paidOut", "householdsPaid"));

    Map<String, Long> byHousehold = new LinkedHashMap<>();
    for (OrganizationDividend o : s.organizations()) {
      o.distribution().ifPresent(r -> {
        for (HouseholdPayout h : r.households()) {
          byHousehold.merge(h.householdId(), h.payout().fen(), Math::addExact);
        }
      });
    }
    long[] payouts = byHousehold.values().stream().mapToLong(Long::longValue)
        .filter(fen -> fen > 0).toArray();
    if (payouts.length > 0) {
      Arrays.sort(payouts);
      page.figure(Histogram.svg("payouts-per-household", page.t("dividends.chart"), payouts,
          DividendsView::yuan, page.t("dividends.chartX"), page.t("dividends.chartY"),
          "#59a14f"), page.f("dividends.chartCaption", Numbers.grouped(payouts.length),
          Numbers.money(Money.ofFen(payouts[0])),
          Numbers.money(Money.ofFen(payouts[(payouts.length - 1) / 2])),
          Numbers.money(Money.ofFen(payouts[payouts.length - 1]))));
    }

    Page.Table table = page.table("dividends")
        .column(page.t("dividends.organization"))
        .column(page.t("dividends.status"))
        .number(page.t("dividends.income"))
        .number(page.t("dividends.reserve"))
        .number(page.t("dividends.welfare"))
        .number(page.t("dividends.paid"))
        .number(page.t("dividends.shares"))
        .number(page.t("dividends.holders"));
    for (OrganizationDividend o : s.organizations()) {
      String status = page.texts().of(o.status());
      if (o.distribution().isPresent()) {
        DividendReport r = o.distribution().get();
        table.row(page.organization(o.organizationId()), new Page.Markup(Status.pill(status,
                colour(o.status()))), Numbers.money(r.distributableIncome()),
            Numbers.money(r.reserveFund()) + " (" + r.rates().reserveFund() + ")",
            Numbers.money(r.welfareFund()) + " (" + r.rates().welfareFund() + ")",
            Numbers.money(r.paidOut()), Numbers.grouped(r.totalShares()),
            Numbers.grouped(r.payouts().size()));
      } else {
        table.row(page.organization(o.organizationId()),
            new Page.Markup(Status.pill(status, colour(o.status()))), "—", "—", "—", "—", "—",
            "—");
      }
    }
    table.end();
    page.note(page.t("dividends.rule"));
  }

  /** A bin edge in fen as yuan: whole yuan without decimals. */
  static String yuan(long fen) {
    return fen % 100 == 0 ? Numbers.grouped(fen / 100) : Numbers.money(Money.ofFen(fen));
  }

  static String colour(DividendStatus s) {
    return s == DividendStatus.DISTRIBUTED ? Status.GOOD : Status.NEUTRAL;
  }
}
