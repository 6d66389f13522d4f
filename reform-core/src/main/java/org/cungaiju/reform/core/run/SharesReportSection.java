package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.error.InvalidInputException;
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

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException if the organizations' shares add up to more than a {@code
   *     long} holds, though each register's fit
   */
  @Override
  public Figures figures(ShareSection s) {
    long holders = 0;
    long collective = 0;
    long total;
    try {
      for (OrganizationShares o : s.organizations()) {
        holders += o.holders().stream().filter(h -> !h.collective() && h.shares() > 0).count();
        collective = Math.addExact(collective, o.collectiveShares());
      }
      total = s.totalShares();
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("$.organizations", s.organizations().size() + " registers",
          "hold more shares together than the library counts",
          "registers whose shares add up to at most " + Long.MAX_VALUE);
    }
    return Figures.builder()
        .count("registers", s.organizations().size())
        .count("shareholders", holders)
        .count("totalShares", total)
        .count("collectiveShares", collective)
        .build();
  }
}
