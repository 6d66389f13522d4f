package org.cungaiju.reform.core.run;

import org.cungaiju.reform.core.share.OrganizationShares;
import org.cungaiju.reform.core.share.ShareEngine;

/** The share-register section: every organization's register in force on the date. */
final class SharesReportSection implements ReportSection<ShareSection> {

  @Override
  public SectionKey<ShareSection> key() {
    return SectionKey.SHARES;
  }

  @Override
  public ShareSection compute(RunContext run) {
    return new ShareSection(new ShareEngine(run.registry()).sharesOn(run.dossier(), run.date()));
  }

  @Override
  public Figures figures(ShareSection s) {
    long holders = 0;
    long collective = 0;
    for (OrganizationShares o : s.organizations()) {
      holders += o.holders().stream().filter(h -> !h.collective() && h.shares() > 0).count();
      collective = Math.addExact(collective, o.collectiveShares());
    }
    return Figures.builder()
        .count("registers", s.organizations().size())
        .count("shareholders", holders)
        .count("totalShares", s.totalShares())
        .count("collectiveShares", collective)
        .build();
  }
}
