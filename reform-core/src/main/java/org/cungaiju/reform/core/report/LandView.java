package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.land.HomesteadOffer;
import org.cungaiju.reform.core.land.LandReport;
import org.cungaiju.reform.core.land.RetainedLandValue;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;

/** The land section: retained land realized and not, its conversions, homestead offers. */
final class LandView implements SectionView<LandReport> {

  @Override
  public SectionKey<LandReport> key() {
    return SectionKey.LAND;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("unrealizedLandAsCash");
  }

  @Override
  public void render(LandReport r, Figures figures, Page page) {
    page.cards(Cards.of(page, figures, "retainedLandRecords", "unrealizedLandAsCash",
        "homesteadOffers", "homesteadCompensation"));
    page.subheading("land.retained");
    if (!r.retainedLand().isEmpty()) {
      List<BarChart.Row> rows = new ArrayList<>();
      for (RetainedLandValue v : r.retainedLand()) {
        long unrealized = metres(v.unrealized());
        long realized = Math.max(0, metres(v.entitlement()) - unrealized);
        rows.add(new BarChart.Row(page.organization(v.organizationId()),
            ImmutableList.of(realized, unrealized),
            page.f("land.barText", area(v.entitlement()))));
      }
      page.figure(BarChart.svg("retained-land", page.t("land.chart"), List.of(
          new BarChart.Series(page.t("land.realized"), "#59a14f"),
          new BarChart.Series(page.t("land.unrealized"), "#f28e2b")), rows, Numbers::grouped),
          page.t("land.chartCaption"));
    }
    Page.Table retained = page.table("retained-land")
        .column(page.t("land.organization"))
        .number(page.t("land.expropriated"))
        .number(page.t("land.ratio"))
        .number(page.t("land.entitlement"))
        .number(page.t("land.realized"))
        .number(page.t("land.unrealized"))
        .number(page.t("land.cash"))
        .number(page.t("land.property"))
        .number(page.t("land.equity"));
    for (RetainedLandValue v : r.retainedLand()) {
      retained.row(page.organization(v.organizationId()), area(v.expropriatedArea()),
          v.ratio().toString(), area(v.entitlement()), area(v.realized()), area(v.unrealized()),
          Numbers.money(v.cash()), area(v.propertyArea()), Numbers.money(v.equity()));
    }
    retained.end();
    page.note(page.t("land.alternatives"));

    page.subheading("land.homestead");
    Page.Table offers = page.table("homestead-offers")
        .column(page.t("land.withdrawal"))
        .column(page.t("land.household"))
        .column(page.t("land.organization"))
        .column(page.t("land.applied"))
        .number(page.t("land.homesteadArea"))
        .number(page.t("land.compensation"))
        .number(page.t("land.housing"));
    for (HomesteadOffer o : r.homesteadOffers()) {
      offers.row(o.withdrawalId(), o.householdId(), page.organization(o.organizationId()),
          o.applied().toString(), area(o.homesteadArea()), Numbers.money(o.compensation()),
          area(o.housingArea()) + (o.housingCapped() ? " " + page.t("land.capped") : ""));
    }
    offers.end();
  }

  /** An area in whole square metres, rounded down, for drawing. */
  private static long metres(Weight area) {
    return area.value().setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /** An area as people read it: grouped whole metres and up to two decimals. */
  static String area(Weight area) {
    BigDecimal v = area.value().setScale(2, RoundingMode.FLOOR);
    BigDecimal whole = v.setScale(0, RoundingMode.FLOOR);
    String cents = v.subtract(whole).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY)
        .toPlainString();
    return Numbers.grouped(whole.longValueExact()) + "." + (cents.length() < 2 ? "0" : "")
        + cents;
  }
}
