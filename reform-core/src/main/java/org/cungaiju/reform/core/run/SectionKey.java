package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.governance.GovernanceReport;
import org.cungaiju.reform.core.land.LandReport;
import org.cungaiju.reform.core.ledger.LedgerReport;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.service.ServicesReport;

/**
 * The id of a section of a {@link Report} and the type of its result, for typed access:
 * {@code report.result(SectionKey.MEMBERSHIP)} is an {@code Optional<MembershipDecisions>}.
 *
 * <p>The ids are those of the report format ({@code docs/report.schema.json}). Immutable and
 * thread-safe.
 *
 * @param <T> the type of the section's result
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class SectionKey<T extends Record> {

  /** Membership decisions (成员资格认定), one per person with an organization. */
  public static final SectionKey<MembershipDecisions> MEMBERSHIP =
      new SectionKey<>("membership", MembershipDecisions.class);

  /** The share register (股东名册) of every organization in force on the date. */
  public static final SectionKey<ShareSection> SHARES =
      new SectionKey<>("shares", ShareSection.class);

  /** The year's dividends (收益分配), paid on the registers of {@link #SHARES}. */
  public static final SectionKey<DividendSection> DIVIDENDS =
      new SectionKey<>("dividends", DividendSection.class);

  /** Grids and workers (网格): the plan of comprehensive grids and the units it was drawn on. */
  public static final SectionKey<GridSection> GRIDS = new SectionKey<>("grids", GridSection.class);

  /** Governance checks (政经分开, 一肩挑, two-committee eligibility of non-hukou residents). */
  public static final SectionKey<GovernanceReport> GOVERNANCE =
      new SectionKey<>("governance", GovernanceReport.class);

  /** Retained land (留用地) and homestead withdrawal (宅基地退出). */
  public static final SectionKey<LandReport> LAND = new SectionKey<>("land", LandReport.class);

  /** Public services: the school places (学位) the resident population needs. */
  public static final SectionKey<ServicesReport> SERVICES =
      new SectionKey<>("services", ServicesReport.class);

  /** The key tasks and the work ledger's status on the date (重点任务与台账). */
  public static final SectionKey<LedgerReport> LEDGER =
      new SectionKey<>("ledger", LedgerReport.class);

  private final String id;
  private final Class<T> type;

  private SectionKey(String id, Class<T> type) {
    this.id = requireNonNull(id, "id");
    this.type = requireNonNull(type, "type");
  }

  /** The section's id in the report, such as {@code membership}. */
  public String id() {
    return id;
  }

  /** The type of the section's result. */
  public Class<T> type() {
    return type;
  }

  /** The result of a complete section, cast to this key's type; empty for a failed one. */
  Optional<T> resultOf(Section section) {
    return section.result().map(type::cast);
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
