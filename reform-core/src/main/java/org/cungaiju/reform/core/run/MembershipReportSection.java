package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;

/** The membership section: every person with an organization decided on the run's date. */
final class MembershipReportSection implements ReportSection<MembershipDecisions> {

  @Override
  public SectionKey<MembershipDecisions> key() {
    return SectionKey.MEMBERSHIP;
  }

  @Override
  public MembershipDecisions compute(RunContext run) {
    return new MembershipEngine(run.registry()).decide(run.dossier(), run.date());
  }

  @Override
  public Figures figures(MembershipDecisions d) {
    return Figures.builder()
        .count("decisions", d.decisions().size())
        .count("members", d.withStatus(MembershipStatus.MEMBER).size())
        .count("notMembers", d.withStatus(MembershipStatus.NOT_MEMBER).size())
        .count("pending", d.withStatus(MembershipStatus.PENDING).size())
        .count("withoutOrganization", d.withoutOrganization().size())
        .build();
  }
}
