package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.core.grid.BoundViolation;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.PlanSummary;
import org.cungaiju.reform.core.grid.PlannedGrid;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * The engines' results the module writes, never reads: records as objects of their
 * components, enums as their constants' names, by the conventions of {@link ApiTypes}.
 */
final class ResultTypes {

  /** Enums written as their constant's name. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of(
      BoundViolation.Bound.class, BoundViolation.Cause.class);

  /** Records written as objects of their components. */
  static final ImmutableList<Class<? extends Record>> RECORDS = ImmutableList.of(
      GridParameters.class, GridPlan.class, PlannedGrid.class, PlanSummary.class,
      BoundViolation.class);

  private ResultTypes() {}
}
