package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.core.governance.GovernanceReport;
import org.cungaiju.reform.core.governance.NonHukouCandidate;
import org.cungaiju.reform.core.governance.OfficeHolder;
import org.cungaiju.reform.core.governance.SeparationFinding;
import org.cungaiju.reform.core.governance.SeparationStatus;
import org.cungaiju.reform.core.grid.BoundViolation;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.PlanSummary;
import org.cungaiju.reform.core.grid.PlannedGrid;
import org.cungaiju.reform.core.land.HomesteadOffer;
import org.cungaiju.reform.core.land.LandReport;
import org.cungaiju.reform.core.land.RetainedLandValue;
import org.cungaiju.reform.core.ledger.DepartmentProgress;
import org.cungaiju.reform.core.ledger.DepartmentTasks;
import org.cungaiju.reform.core.ledger.Ledger;
import org.cungaiju.reform.core.ledger.LedgerReport;
import org.cungaiju.reform.core.ledger.OverdueTask;
import org.cungaiju.reform.core.ledger.TaskProgress;
import org.cungaiju.reform.core.service.CommunityShare;
import org.cungaiju.reform.core.service.SchoolPlaceNeed;
import org.cungaiju.reform.core.service.ServicesReport;
import org.cungaiju.reform.core.service.Sharing;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * The engines' results the module writes, never reads: records as objects of their
 * components, enums as their constants' names, by the conventions of {@link ApiTypes}.
 */
final class ResultTypes {

  /** Enums written as their constant's name. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of(
      BoundViolation.Bound.class, BoundViolation.Cause.class, SeparationDimension.class,
      SeparationStatus.class, Post.class, Method.class);

  /** Records written as objects of their components. */
  static final ImmutableList<Class<? extends Record>> RECORDS = ImmutableList.of(
      GridParameters.class, GridPlan.class, PlannedGrid.class, PlanSummary.class,
      BoundViolation.class, GovernanceReport.class, SeparationFinding.class, OfficeHolder.class,
      NonHukouCandidate.class, Eligibility.class, Ledger.class, LedgerReport.class,
      TaskProgress.class, DepartmentProgress.class, DepartmentTasks.class, OverdueTask.class,
      LandReport.class, RetainedLandValue.class, HomesteadOffer.class, ServicesReport.class,
      SchoolPlaceNeed.class, Sharing.class, CommunityShare.class);

  private ResultTypes() {}
}
