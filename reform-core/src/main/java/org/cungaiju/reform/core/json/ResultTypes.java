package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.core.grid.BoundViolation;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.PlanSummary;
import org.cungaiju.reform.core.grid.PlannedGrid;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.run.DossierSummary;
import org.cungaiju.reform.core.run.ErrorKind;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.GridSection;
import org.cungaiju.reform.core.run.Library;
import org.cungaiju.reform.core.run.PersonEntry;
import org.cungaiju.reform.core.run.PluginUsed;
import org.cungaiju.reform.core.run.PolicyInForce;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.Section;
import org.cungaiju.reform.core.run.SectionError;
import org.cungaiju.reform.core.run.SectionStatus;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * The engines' results the module writes, never reads: records as objects of their
 * components, enums as their constants' names, by the conventions of {@link ApiTypes}.
 */
final class ResultTypes {

  /** Enums written as their constant's name. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of(
      BoundViolation.Bound.class, BoundViolation.Cause.class,
      // the report of a whole run
      SectionStatus.class, ErrorKind.class);

  /** Records written as objects of their components. */
  static final ImmutableList<Class<? extends Record>> RECORDS = ImmutableList.of(
      GridParameters.class, GridPlan.class, PlannedGrid.class, PlanSummary.class,
      BoundViolation.class,
      // the report of a whole run
      MembershipDecisions.class, Report.class, Library.class, DossierSummary.class,
      PolicyInForce.class, PluginUsed.class, PersonEntry.class, Section.class, Figures.class,
      SectionError.class, GridSection.class);

  private ResultTypes() {}
}
