package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.cungaiju.reform.core.allocation.ClaimExplanation;
import org.cungaiju.reform.core.allocation.Fraction;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.core.dividend.DividendReport;
import org.cungaiju.reform.core.dividend.DividendStatus;
import org.cungaiju.reform.core.dividend.HouseholdPayout;
import org.cungaiju.reform.core.dividend.OrganizationDividend;
import org.cungaiju.reform.core.dividend.Payout;
import org.cungaiju.reform.core.dividend.YearDistribution;
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
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.run.DividendSection;
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
import org.cungaiju.reform.core.run.ShareSection;
import org.cungaiju.reform.core.service.CommunityShare;
import org.cungaiju.reform.core.service.SchoolPlaceNeed;
import org.cungaiju.reform.core.service.ServicesReport;
import org.cungaiju.reform.core.service.Sharing;
import org.cungaiju.reform.core.share.ClassShares;
import org.cungaiju.reform.core.share.HolderShares;
import org.cungaiju.reform.core.share.HouseholdShares;
import org.cungaiju.reform.core.share.Inheritance;
import org.cungaiju.reform.core.share.MemberShares;
import org.cungaiju.reform.core.share.OperationRecord;
import org.cungaiju.reform.core.share.OrganizationShares;
import org.cungaiju.reform.core.share.Quantification;
import org.cungaiju.reform.core.share.RegisterOrigin;
import org.cungaiju.reform.core.share.ShareChange;
import org.cungaiju.reform.core.share.ShareTerms;
import org.cungaiju.reform.core.share.Transfer;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * The engines' results the module writes, never reads: records as objects of their
 * components, enums as their constants' names, by the conventions of {@link ApiTypes}; a few
 * values as one string.
 */
final class ResultTypes {

  /**
   * A type written as one string.
   *
   * @param type the type
   * @param format its text, such as {@code "10000/3"} for a fraction
   * @param <T> the type
   */
  record Text<T>(Class<T> type, Function<T, String> format) {}

  /** Values written as one string. */
  static final ImmutableList<Text<?>> TEXTS = ImmutableList.of(
      new Text<>(Fraction.class, Fraction::toString));

  /** Enums written as their constant's name. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of(
      BoundViolation.Bound.class, BoundViolation.Cause.class, SeparationDimension.class,
      SeparationStatus.class, Post.class, Method.class, ClaimExplanation.TieOutcome.class,
      ShareTerms.TotalFrom.class, RegisterOrigin.class, DividendStatus.class,
      // the report of a whole run
      SectionStatus.class, ErrorKind.class);

  /** Records written as objects of their components. */
  static final ImmutableList<Class<? extends Record>> RECORDS = ImmutableList.of(
      GridParameters.class, GridPlan.class, PlannedGrid.class, PlanSummary.class,
      BoundViolation.class, GovernanceReport.class, SeparationFinding.class, OfficeHolder.class,
      NonHukouCandidate.class, Eligibility.class, Ledger.class, LedgerReport.class,
      TaskProgress.class, DepartmentProgress.class, DepartmentTasks.class, OverdueTask.class,
      LandReport.class, RetainedLandValue.class, HomesteadOffer.class, ServicesReport.class,
      SchoolPlaceNeed.class, Sharing.class, CommunityShare.class, FacetVersion.class,
      ShareTerms.class, ClassShares.class, MemberShares.class, HolderShares.class,
      HouseholdShares.class, Quantification.class, Transfer.class, Inheritance.class,
      ShareChange.class, OperationRecord.class, OrganizationShares.class, RetentionRates.class,
      Payout.class, HouseholdPayout.class, DividendReport.class, OrganizationDividend.class,
      YearDistribution.class,
      // the report of a whole run
      MembershipDecisions.class, Report.class, Library.class, DossierSummary.class,
      PolicyInForce.class, PluginUsed.class, PersonEntry.class, Section.class, Figures.class,
      SectionError.class, GridSection.class, ShareSection.class, DividendSection.class);

  private ResultTypes() {}
}
