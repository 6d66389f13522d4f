package org.cungaiju.examples.xinhui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * The county policy of 新会区 (440705), as an example of a county plugin.
 *
 * <p>It overrides two facets and leaves the rest to the municipal default:
 *
 * <ul>
 *   <li>membership, in two versions: from 2020-01-01 anyone whose household registration moved
 *       in after 2015-12-31 waits for a decision of the members' assembly; from 2025-05-01 (the
 *       Rural Collective Economic Organizations Law) the cut-off moves to 2020-12-31 and those
 *       who joined by marriage or adoption are members as the law says;
 *   <li>the share scheme: population shares banded by age, plus farm-age shares.
 * </ul>
 *
 * <p>The documents cited are examples made up for this plugin, not real 文号. Immutable and
 * thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class XinhuiPolicy implements CountyPolicyProvider {

  /** The plugin's id. */
  public static final String ID = "xinhui";

  /** The first membership version's start. */
  public static final LocalDate MEMBERSHIP_2020 = LocalDate.of(2020, 1, 1);

  /** The second membership version's start: the day the law came into force. */
  public static final LocalDate MEMBERSHIP_2025 = LocalDate.of(2025, 5, 1);

  private static final PolicySource GUIDE_2020 = PolicySource.of(
      "新会区村改居社区成员资格认定指引（示例）", "第四条", LocalDate.of(2019, 11, 20));
  private static final PolicySource GUIDE_2025 = PolicySource.of(
      "新会区村改居社区成员资格认定指引（2025年修订，示例）", "第四条", LocalDate.of(2025, 4, 15));
  private static final PolicySource SHARES = PolicySource.of(
      "新会区村改居社区股份合作制改革股权设置办法（示例）", "第六条", LocalDate.of(2019, 12, 30));

  private final List<MembershipRules> membership = List.of(
      new CutOffMembershipRules(
          FacetVersion.of(ID, DateRange.of(MEMBERSHIP_2020, MEMBERSHIP_2025), GUIDE_2020),
          LocalDate.of(2015, 12, 31), EnumSet.noneOf(PersonEventType.class)),
      new CutOffMembershipRules(
          FacetVersion.of(ID, DateRange.startingAt(MEMBERSHIP_2025), GUIDE_2025),
          LocalDate.of(2020, 12, 31),
          EnumSet.of(PersonEventType.MARRIAGE_IN, PersonEventType.ADOPTION)));

  private final List<ShareScheme> shares = List.of(new AgeBandShareScheme(
      FacetVersion.of(ID, DateRange.startingAt(MEMBERSHIP_2020), SHARES)));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String countyCode() {
    return "440705";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "新会区村改居社区综合配套改革政策（示例）";
  }

  @Override
  public List<MembershipRules> membershipRules() {
    return membership;
  }

  @Override
  public List<ShareScheme> shareSchemes() {
    return shares;
  }
}
