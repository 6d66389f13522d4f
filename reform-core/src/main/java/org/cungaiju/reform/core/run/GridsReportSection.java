package org.cungaiju.reform.core.run;

import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.GridPlanner;
import org.cungaiju.reform.core.grid.PlanSummary;

/** The grids section: comprehensive grids and their workers under the county's standard. */
final class GridsReportSection implements ReportSection<GridSection> {

  @Override
  public SectionKey<GridSection> key() {
    return SectionKey.GRIDS;
  }

  @Override
  public GridSection compute(RunContext run) {
    GridPlan plan = new GridPlanner(run.registry()).plan(run.dossier(), run.date());
    return new GridSection(plan, run.dossier().gridUnits());
  }

  @Override
  public Figures figures(GridSection s) {
    PlanSummary p = s.plan().summary();
    return Figures.builder()
        .count("grids", p.gridCount())
        .count("dedicatedGrids", s.plan().dedicatedGrids().size())
        .count("units", p.units())
        .count("households", p.households())
        .count("residents", p.residents())
        .count("fullTimeWorkers", p.fullTimeWorkers())
        .count("partTimeWorkers", p.partTimeWorkers())
        .count("boundsBroken", p.violationCount())
        .build();
  }
}
