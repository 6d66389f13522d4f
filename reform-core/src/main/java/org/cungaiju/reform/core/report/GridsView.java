package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.core.grid.BoundViolation;
import org.cungaiju.reform.core.grid.GridMap;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.PlannedGrid;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.GridSection;
import org.cungaiju.reform.core.run.SectionKey;
import org.cungaiju.reform.spi.grid.GridParameters;

/** The grids section: the map, households per grid, the grids' table and the standard. */
final class GridsView implements SectionView<GridSection> {

  @Override
  public SectionKey<GridSection> key() {
    return SectionKey.GRIDS;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("grids", "fullTimeWorkers", "partTimeWorkers");
  }

  @Override
  public void render(GridSection s, Figures figures, Page page) {
    GridPlan plan = s.plan();
    GridParameters p = plan.parameters();
    page.cards(Cards.of(page, figures, "grids", "dedicatedGrids", "households", "residents",
        "fullTimeWorkers", "partTimeWorkers", "boundsBroken"));
    page.element("p", "standard", page.f("grids.standard", p.minHouseholds(), p.maxHouseholds(),
        p.maxResidents(), plan.explanation().source()));
    if (s.canDrawMap()) {
      String map = GridMap.svg(plan, s.units(), page.f("grids.mapTitle",
          page.report().dossier().community().name()));
      page.raw("<div class=\"map\" data-chart=\"grid-map\">\n");
      page.figure(withoutXmlDeclaration(map), page.t("grids.mapCaption"));
      page.raw("</div>\n");
    } else if (!s.units().isEmpty()) {
      page.note(page.t("grids.noMap"));
    }

    List<BarChart.Row> rows = new ArrayList<>();
    for (PlannedGrid g : plan.grids()) {
      rows.add(new BarChart.Row(g.id(), ImmutableList.of((long) g.households()),
          page.f("grids.barText", Numbers.grouped(g.households()), g.fullTimeWorkers(),
              Numbers.grouped(g.partTimeWorkers()))));
    }
    if (!rows.isEmpty()) {
      page.figure(BarChart.svg("households-per-grid", page.t("grids.chart"),
          List.of(new BarChart.Series(page.t("grids.households"), "#4e79a7")), rows,
          Numbers::grouped), page.f("grids.chartCaption", p.minHouseholds(), p.maxHouseholds()));
    }

    Page.Table table = page.table("grids")
        .column(page.t("grids.id"))
        .number(page.t("grids.units"))
        .number(page.t("grids.households"))
        .number(page.t("grids.residents"))
        .number(page.t("grids.workload"))
        .number(page.t("grids.fullTime"))
        .number(page.t("grids.partTime"))
        .column(page.t("grids.bounds"));
    for (PlannedGrid g : plan.grids()) {
      table.row(g.id(), Numbers.grouped(g.unitIds().size()), Numbers.grouped(g.households()),
          Numbers.grouped(g.residents()), Numbers.grouped(g.workload()),
          Numbers.grouped(g.fullTimeWorkers()), Numbers.grouped(g.partTimeWorkers()),
          g.isWithinBounds() ? page.t("grids.withinBounds") : g.violations().stream()
              .map(v -> bound(page, v)).collect(Collectors.joining("; ")));
    }
    table.end();

    if (!plan.dedicatedGrids().isEmpty()) {
      page.subheading("grids.dedicated");
      Page.Table dedicated = page.table("dedicated-grids")
          .column(page.t("grids.id"))
          .column(page.t("grids.name"))
          .column(page.t("grids.kind"))
          .number(page.t("grids.units"));
      for (DedicatedGrid d : plan.dedicatedGrids()) {
        dedicated.row(d.id(), d.name(), page.texts().of(d.kind()),
            Numbers.grouped(d.unitIds().size()));
      }
      dedicated.end();
    }
  }

  private static String bound(Page page, BoundViolation v) {
    return page.f("grids.violation", page.texts().of(v.bound()), Numbers.grouped(v.actual()),
        Numbers.grouped(v.limit()));
  }

  /** The map as an element to put inside HTML: without the XML declaration of a file. */
  static String withoutXmlDeclaration(String svg) {
    if (svg.startsWith("<?xml")) {
      return svg.substring(svg.indexOf("?>") + 2).stripLeading();
    }
    return svg;
  }
}
