package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.core.governance.GovernanceReport;
import org.cungaiju.reform.core.governance.NonHukouCandidate;
import org.cungaiju.reform.core.governance.OfficeHolder;
import org.cungaiju.reform.core.governance.SeparationFinding;
import org.cungaiju.reform.core.governance.SeparationStatus;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;

/** The governance section: the five dimensions of 政经分开, 一肩挑, non-hukou eligibility. */
final class GovernanceView implements SectionView<GovernanceReport> {

  /** The most candidates listed by name; the rest are counted. */
  static final int MAX_CANDIDATE_ROWS = 20;

  @Override
  public SectionKey<GovernanceReport> key() {
    return SectionKey.GOVERNANCE;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("dimensionsMixed");
  }

  @Override
  public void render(GovernanceReport r, Figures figures, Page page) {
    page.cards(Cards.of(page, figures, "dimensionsSeparated", "dimensionsMixed",
        "dimensionsNotAssessed", "concurrentPosts", "concurrentPostsNotAllowed",
        "nonHukouCandidates", "nonHukouEligible"));

    page.subheading("governance.separation");
    Page.Table separation = page.table("separation")
        .column(page.t("governance.dimension"))
        .column(page.t("governance.status"))
        .column(page.t("governance.evidence"));
    for (SeparationFinding f : r.separation()) {
      separation.row(page.texts().of(f.dimension()), new Page.Markup(Status.pill(
          page.texts().of(f.status()), colour(f.status()))), String.join("; ", f.evidence()));
    }
    separation.end();

    page.subheading("governance.offices");
    Page.Table offices = page.table("office-holders")
        .column(page.t("person.name"))
        .column(page.t("governance.officesHeld"))
        .column(page.t("governance.leadingPosts"))
        .column(page.t("governance.allowed"));
    for (OfficeHolder h : r.officeHolders()) {
      offices.row(page.personName(h.personId()), offices(page, h.appointments()),
          h.leadingPosts().stream().map(p -> page.texts().of(p))
              .collect(Collectors.joining("、")),
          new Page.Markup(h.allowed() ? Status.pill(page.t("governance.yes"), Status.GOOD)
              : Status.pill(page.t("governance.no"), Status.BAD)));
    }
    offices.end();

    page.subheading("governance.candidates");
    page.note(page.f("governance.candidatesShown", Numbers.grouped(r.candidates().size())));
    List<NonHukouCandidate> eligibleFirst = r.candidates().stream()
        .sorted(Comparator.comparing((NonHukouCandidate c) -> !c.eligibility().eligible())
            .thenComparing(c -> !c.holdsTwoCommitteeOffice()))
        .toList();
    List<NonHukouCandidate> shown =
        eligibleFirst.subList(0, Math.min(eligibleFirst.size(), MAX_CANDIDATE_ROWS));
    Page.Table candidates = page.table("candidates")
        .column(page.t("person.name"))
        .column(page.t("governance.holdsOffice"))
        .column(page.t("governance.eligible"))
        .column(page.t("governance.reasons"));
    for (NonHukouCandidate c : shown) {
      candidates.row(page.personName(c.personId()),
          c.holdsTwoCommitteeOffice() ? page.t("governance.yes") : page.t("governance.no"),
          new Page.Markup(c.eligibility().eligible()
              ? Status.pill(page.t("governance.yes"), Status.GOOD)
              : Status.pill(page.t("governance.no"), Status.NEUTRAL)),
          String.join("; ", c.eligibility().eligible() ? c.eligibility().reasons()
              : c.eligibility().unmet()));
    }
    candidates.more(r.candidates().size() - shown.size()).end();
  }

  private static String offices(Page page, List<Appointment> appointments) {
    return appointments.stream()
        .map(a -> page.texts().of(a.office())
            + a.organizationId().map(o -> "（" + page.organization(o) + "）").orElse(""))
        .collect(Collectors.joining("、"));
  }

  static String colour(SeparationStatus s) {
    return switch (s) {
      case SEPARATED -> Status.GOOD;
      case MIXED -> Status.BAD;
      case NOT_ASSESSED -> Status.NEUTRAL;
    };
  }
}
