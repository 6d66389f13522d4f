package org.cungaiju.reform.core.run;

import org.cungaiju.reform.core.service.PublicServiceChecks;
import org.cungaiju.reform.core.service.SchoolPlaceNeed;
import org.cungaiju.reform.core.service.ServicesReport;

/** The public-services section: school places needed at each stage, and the gap. */
final class ServicesReportSection implements ReportSection<ServicesReport> {

  @Override
  public SectionKey<ServicesReport> key() {
    return SectionKey.SERVICES;
  }

  @Override
  public ServicesReport compute(RunContext run) {
    return new PublicServiceChecks(run.registry()).check(run.dossier(), run.date());
  }

  @Override
  public Figures figures(ServicesReport r) {
    long needed = 0;
    long shortfall = 0;
    long stagesShort = 0;
    for (SchoolPlaceNeed n : r.schoolPlaces()) {
      needed = Math.addExact(needed, n.needed());
      long gap = n.gap().orElse(0L);
      if (gap > 0) {
        shortfall = Math.addExact(shortfall, gap);
        stagesShort++;
      }
    }
    return Figures.builder()
        .count("residentPopulation", r.residents())
        .count("schoolPlacesNeeded", needed)
        .count("schoolPlacesShort", shortfall)
        .count("stagesShort", stagesShort)
        .build();
  }
}
