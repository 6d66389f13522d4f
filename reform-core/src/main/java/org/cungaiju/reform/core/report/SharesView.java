package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;
import org.cungaiju.reform.core.run.ShareSection;
import org.cungaiju.reform.core.share.OrganizationShares;

/** The shares section: shares per class of each organization (chart) and the registers. */
final class SharesView implements SectionView<ShareSection> {

  /** The colours of the classes, in the order the registers first name them. */
  private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#59a14f",
      "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#e15759");

  /** The most notes listed; the rest are counted. */
  static final int MAX_NOTES = 10;

  @Override
  public SectionKey<ShareSection> key() {
    return SectionKey.SHARES;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("totalShares");
  }

  @Override
  public void render(ShareSection s, Figures figures, Page page) {
    page.cards(Cards.of(page, figures, "registers", "shareholders", "totalShares",
        "collectiveShares"));
    Map<String, String> classNames = new LinkedHashMap<>();
    for (OrganizationShares o : s.organizations()) {
      for (ShareClass c : o.register().classes()) {
        classNames.putIfAbsent(c.name(), c.name());
      }
    }
    List<String> names = new ArrayList<>(classNames.keySet());
    List<BarChart.Series> series = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      series.add(new BarChart.Series(names.get(i), PALETTE.get(i % PALETTE.size())));
    }
    List<BarChart.Row> rows = new ArrayList<>();
    for (OrganizationShares o : s.organizations()) {
      long[] byName = new long[names.size()];
      for (ShareClass c : o.register().classes()) {
        byName[names.indexOf(c.name())] += o.totalsByClass().getOrDefault(c.id(), 0L);
      }
      ImmutableList.Builder<Long> values = ImmutableList.builder();
      for (long v : byName) {
        values.add(v);
      }
      rows.add(new BarChart.Row(page.organization(o.organizationId()), values.build(),
          page.f("shares.barText", Numbers.grouped(o.totalShares()))));
    }
    if (!rows.isEmpty()) {
      page.figure(BarChart.svg("shares-by-class", page.t("shares.chart"), series, rows,
          Numbers::grouped), page.t("shares.chartCaption"));
    }
    Page.Table registers = page.table("registers")
        .column(page.t("shares.organization"))
        .column(page.t("shares.origin"))
        .column(page.t("shares.management"))
        .number(page.t("shares.holders"))
        .column(page.t("shares.byClass"))
        .number(page.t("shares.total"));
    for (OrganizationShares o : s.organizations()) {
      List<String> classes = new ArrayList<>();
      for (ShareClass c : o.register().classes()) {
        classes.add(c.name() + " " + Numbers.grouped(o.totalsByClass().getOrDefault(c.id(), 0L)));
      }
      registers.row(page.organization(o.organizationId()),
          page.f("shares.originText", page.texts().of(o.origin()), o.originDate()),
          page.texts().of(o.management()),
          Numbers.grouped(o.holders().size()), String.join("、", classes),
          Numbers.grouped(o.totalShares()));
    }
    registers.end();
    List<String[]> notes = new ArrayList<>();
    for (OrganizationShares o : s.organizations()) {
      o.notes().forEach(n -> notes.add(new String[] {page.organization(o.organizationId()), n}));
    }
    if (!notes.isEmpty()) {
      page.subheading("shares.notes");
      Page.Table table = page.table("register-notes")
          .column(page.t("shares.organization"))
          .column(page.t("shares.note"));
      notes.subList(0, Math.min(notes.size(), MAX_NOTES)).forEach(n -> table.row(n[0], n[1]));
      table.more(notes.size() - Math.min(notes.size(), MAX_NOTES)).end();
    }
  }
}
