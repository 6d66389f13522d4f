package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;

/**
 * The membership section: decisions by organization (chart and table), the grounds they rest
 * on, and the persons left to the members' assembly.
 */
final class MembershipView implements SectionView<MembershipDecisions> {

  /** The most pending decisions listed by name; the rest are counted. */
  static final int MAX_PENDING_ROWS = 20;

  static final ImmutableList<MembershipStatus> ORDER = ImmutableList.of(
      MembershipStatus.MEMBER, MembershipStatus.NOT_MEMBER, MembershipStatus.PENDING);

  private static final Map<MembershipStatus, String> COLOURS = Map.of(
      MembershipStatus.MEMBER, "#59a14f", MembershipStatus.NOT_MEMBER, "#bab0ac",
      MembershipStatus.PENDING, "#f28e2b");

  @Override
  public SectionKey<MembershipDecisions> key() {
    return SectionKey.MEMBERSHIP;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("members", "pending");
  }

  @Override
  public void render(MembershipDecisions d, Figures figures, Page page) {
    page.cards(Cards.of(page, figures, "decisions", "members", "notMembers", "pending",
        "withoutOrganization"));
    Map<String, long[]> byOrganization = new LinkedHashMap<>();
    for (CollectiveOrganization o : page.report().dossier().organizations()) {
      byOrganization.put(o.id(), new long[ORDER.size()]);
    }
    for (Member m : d.decisions()) {
      byOrganization.computeIfAbsent(m.organizationId(), k -> new long[ORDER.size()])
          [ORDER.indexOf(m.status())]++;
    }
    byOrganization.values().removeIf(counts -> counts[0] + counts[1] + counts[2] == 0);

    List<BarChart.Series> series = new ArrayList<>();
    for (MembershipStatus s : ORDER) {
      series.add(new BarChart.Series(page.texts().of(s), COLOURS.get(s)));
    }
    List<BarChart.Row> rows = new ArrayList<>();
    Page.Table table = page.table("membership-by-organization")
        .column(page.t("membership.organization"));
    ORDER.forEach(s -> table.number(page.texts().of(s)));
    table.number(page.t("membership.total"));
    for (Map.Entry<String, long[]> e : byOrganization.entrySet()) {
      long[] c = e.getValue();
      String name = page.organization(e.getKey());
      rows.add(new BarChart.Row(name, ImmutableList.of(c[0], c[1], c[2]),
          page.f("membership.barText", Numbers.grouped(c[0]))));
      table.row(name, Numbers.grouped(c[0]), Numbers.grouped(c[1]), Numbers.grouped(c[2]),
          Numbers.grouped(c[0] + c[1] + c[2]));
    }
    page.figure(BarChart.svg("membership-by-organization", page.t("membership.chart"), series,
        rows, Numbers::grouped), "");
    table.end();

    page.subheading("membership.grounds");
    Map<String, Ground> grounds = new LinkedHashMap<>();
    for (Member m : d.decisions()) {
      Explanation x = m.explanation();
      grounds.computeIfAbsent(m.status() + "\u0000" + x.ruleId() + "\u0000" + x.policyId(),
          k -> new Ground(m.status(), x)).count++;
    }
    Page.Table why = page.table("membership-grounds")
        .column(page.t("membership.status"))
        .column(page.t("membership.rule"))
        .column(page.t("membership.source"))
        .number(page.t("membership.persons"));
    grounds.values().stream()
        .sorted(Comparator.comparingLong((Ground g) -> -g.count)
            .thenComparing(g -> g.example.ruleId()))
        .forEach(g -> why.row(page.texts().of(g.status), g.example.ruleId(),
            g.example.policyId() + " " + g.example.version() + " · " + g.example.source(),
            Numbers.grouped(g.count)));
    why.end();

    page.subheading("membership.pending");
    ImmutableList<Member> pending = d.withStatus(MembershipStatus.PENDING);
    Page.Table list = page.table("membership-pending")
        .column(page.t("person.name"))
        .column(page.t("person.id"))
        .column(page.t("membership.organization"))
        .column(page.t("membership.outcome"));
    for (Member m : pending.subList(0, Math.min(pending.size(), MAX_PENDING_ROWS))) {
      list.row(page.personName(m.personId()), m.personId(), page.organization(m.organizationId()),
          m.explanation().outcome());
    }
    list.more(Math.max(0, pending.size() - MAX_PENDING_ROWS)).end();
  }

  /** Decisions on one ground. */
  private static final class Ground {
    final MembershipStatus status;
    final Explanation example;
    long count;

    Ground(MembershipStatus status, Explanation example) {
      this.status = status;
      this.example = example;
    }
  }
}
