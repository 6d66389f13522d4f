package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.land.HomesteadOffer;
import org.cungaiju.reform.core.land.LandCalculations;
import org.cungaiju.reform.core.land.LandReport;
import org.cungaiju.reform.core.land.RetainedLandValue;

/** The land section: retained land and its conversions, homestead-withdrawal offers. */
final class LandReportSection implements ReportSection<LandReport> {

  @Override
  public SectionKey<LandReport> key() {
    return SectionKey.LAND;
  }

  @Override
  public LandReport compute(RunContext run) {
    return new LandCalculations(run.registry()).calculate(run.dossier(), run.date());
  }

  @Override
  public Figures figures(LandReport r) {
    Money cash = Money.ZERO;
    for (RetainedLandValue v : r.retainedLand()) {
      cash = cash.plus(v.cash());
    }
    Money compensation = Money.ZERO;
    for (HomesteadOffer o : r.homesteadOffers()) {
      compensation = compensation.plus(o.compensation());
    }
    return Figures.builder()
        .count("retainedLandRecords", r.retainedLand().size())
        .count("homesteadOffers", r.homesteadOffers().size())
        .amount("unrealizedLandAsCash", cash)
        .amount("homesteadCompensation", compensation)
        .build();
  }
}
