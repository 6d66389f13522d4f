package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;
import org.cungaiju.reform.core.service.SchoolPlaceNeed;
import org.cungaiju.reform.core.service.ServicesReport;

/** The public-services section: school places needed, available and short at each stage. */
final class ServicesView implements SectionView<ServicesReport> {

  @Override
  public SectionKey<ServicesReport> key() {
    return SectionKey.SERVICES;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("schoolPlacesShort");
  }

  @Override
  public void render(ServicesReport r, Figures figures, Page page) {
    page.cards(Cards.of(page, figures, "residentPopulation", "schoolPlacesNeeded",
        "schoolPlacesShort"));
    List<BarChart.Row> rows = new ArrayList<>();
    for (SchoolPlaceNeed n : r.schoolPlaces()) {
      long covered = n.available().map(a -> Math.min((long) a, n.needed())).orElse(0L);
      long shortfall = n.gap().map(g -> Math.max(g, 0L)).orElse(0L);
      long unknown = n.available().isPresent() ? 0 : n.needed();
      rows.add(new BarChart.Row(page.texts().of(n.stage()),
          ImmutableList.of(covered, shortfall, unknown),
          page.f("services.barText", Numbers.grouped(n.needed()))));
    }
    List<BarChart.Series> series = List.of(
        new BarChart.Series(page.t("services.covered"), "#59a14f"),
        new BarChart.Series(page.t("services.short"), "#e15759"),
        new BarChart.Series(page.t("services.unknown"), "#bab0ac"));
    boolean unknown = r.schoolPlaces().stream().anyMatch(n -> n.available().isEmpty());
    if (!unknown) {
      series = series.subList(0, 2);
      rows.replaceAll(row -> new BarChart.Row(row.label(), row.values().subList(0, 2),
          row.valueText()));
    }
    page.figure(BarChart.svg("school-places", page.t("services.chart"), series, rows,
        Numbers::grouped), "");
    Page.Table table = page.table("school-places")
        .column(page.t("services.stage"))
        .number(page.t("services.perThousand"))
        .number(page.t("services.needed"))
        .number(page.t("services.available"))
        .number(page.t("services.gap"));
    for (SchoolPlaceNeed n : r.schoolPlaces()) {
      table.row(page.texts().of(n.stage()), n.placesPerThousand().toString(),
          Numbers.grouped(n.needed()),
          n.available().map(a -> Numbers.grouped(a)).orElse("—"),
          n.gap().map(Numbers::grouped).orElse("—"));
    }
    table.end();
    page.note(page.f("services.rule", Numbers.grouped(r.residents())));
  }
}
