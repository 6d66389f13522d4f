package org.cungaiju.reform.core.run;

import org.cungaiju.reform.core.governance.GovernanceChecks;
import org.cungaiju.reform.core.governance.GovernanceReport;
import org.cungaiju.reform.core.governance.OfficeHolder;
import org.cungaiju.reform.core.governance.SeparationFinding;
import org.cungaiju.reform.core.governance.SeparationStatus;

/** The governance section: 政经分开 on five dimensions, 一肩挑 and non-hukou eligibility. */
final class GovernanceReportSection implements ReportSection<GovernanceReport> {

  @Override
  public SectionKey<GovernanceReport> key() {
    return SectionKey.GOVERNANCE;
  }

  @Override
  public GovernanceReport compute(RunContext run) {
    return new GovernanceChecks(run.registry()).check(run.dossier(), run.date());
  }

  @Override
  public Figures figures(GovernanceReport r) {
    return Figures.builder()
        .count("dimensionsSeparated", count(r, SeparationStatus.SEPARATED))
        .count("dimensionsMixed", count(r, SeparationStatus.MIXED))
        .count("dimensionsNotAssessed", count(r, SeparationStatus.NOT_ASSESSED))
        .count("officeHolders", r.officeHolders().size())
        .count("concurrentPosts",
            r.officeHolders().stream().filter(OfficeHolder::holdsConcurrentPosts).count())
        .count("concurrentPostsNotAllowed", r.officeHolders().stream()
            .filter(h -> h.holdsConcurrentPosts() && !h.allowed()).count())
        .count("nonHukouCandidates", r.candidates().size())
        .count("nonHukouEligible",
            r.candidates().stream().filter(c -> c.eligibility().eligible()).count())
        .build();
  }

  private static long count(GovernanceReport r, SeparationStatus status) {
    return r.separation().stream().map(SeparationFinding::status).filter(status::equals).count();
  }
}
