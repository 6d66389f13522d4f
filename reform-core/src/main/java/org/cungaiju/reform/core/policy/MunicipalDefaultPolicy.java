package org.cungaiju.reform.core.policy;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.election.ElectionConditions;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.governance.SeparationStandard;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.land.HomesteadTerms;
import org.cungaiju.reform.spi.land.LandParameters;
import org.cungaiju.reform.spi.land.LandRules;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * The municipal default policy of Jiangmen (440700): every facet, in force wherever a county
 * has no rule of its own. {@code docs/policy-defaults.md} lists each parameter with its source
 * and says which figures are defaults chosen here rather than published ones.
 *
 * <h2>Versions</h2>
 *
 * <ul>
 *   <li>Membership: {@value #MEMBERSHIP_2006} in force until 2025-04-30, citing the Guangdong
 *       provisions (粤府令第109号, 2006) and the plan; {@value #MEMBERSHIP_2025} from 2025-05-01,
 *       citing the Rural Collective Economic Organizations Law arts. 11–18. The rules are the
 *       same; the citations differ.
 *   <li>Every other facet: one version {@value #PLAN_VERSION}, citing the plan of 2022-07-14.
 *   <li>The first versions start at {@link #BEGINNING}, which stands for "from the start": a
 *       decision about a parent on the day of a birth decades ago needs a version in force then.
 * </ul>
 *
 * <p>The registry always holds this policy; {@link #withSchoolPlaces} gives one with other
 * school-place figures, to pass to {@code PolicyRegistry.Builder.municipalDefault}. Immutable
 * and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class MunicipalDefaultPolicy implements CountyPolicyProvider {

  /** The policy's id, named by every explanation of a default rule. */
  public static final String ID = "jiangmen-default";

  /** The start of the first versions: "from the start". */
  public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

  /** The day the Rural Collective Economic Organizations Law came into force. */
  public static final LocalDate LAW_IN_FORCE = LocalDate.of(2025, 5, 1);

  /** The id of the membership version before the law. */
  public static final String MEMBERSHIP_2006 = "guangdong-2006";

  /** The id of the membership version under the law. */
  public static final String MEMBERSHIP_2025 = "rceo-law-2025";

  /** The id of the version of every other facet. */
  public static final String PLAN_VERSION = "plan-2022";

  /** The plan: 关于江门市村改居社区综合配套改革的实施方案, 2022-07-14. */
  public static final PolicySource PLAN = PolicySource.of("关于江门市村改居社区综合配套改革的实施方案",
      "", LocalDate.of(2022, 7, 14));

  /** The Rural Collective Economic Organizations Law, adopted 2024-06-28. */
  public static final PolicySource LAW = PolicySource.of("中华人民共和国农村集体经济组织法", "",
      LocalDate.of(2024, 6, 28));

  /** The Guangdong provisions of 2006 together with the plan; the decision date not checked. */
  public static final PolicySource GUANGDONG_2006 = new PolicySource(
      "粤府令第109号《广东省农村集体经济组织管理规定》(2006); 关于江门市村改居社区综合配套改革的实施方案",
      "", Optional.empty());

  /** The default school places per 1,000 residents: chosen here, see the policy doc. */
  public static final ImmutableMap<SchoolLevel, Weight> DEFAULT_SCHOOL_PLACES = ImmutableMap.of(
      SchoolLevel.KINDERGARTEN, Weight.of(40),
      SchoolLevel.PRIMARY, Weight.of(80),
      SchoolLevel.JUNIOR_MIDDLE, Weight.of(40));

  private static final MunicipalDefaultPolicy STANDARD =
      new MunicipalDefaultPolicy(DEFAULT_SCHOOL_PLACES);

  private final List<MembershipRules> membership;
  private final List<ShareScheme> shares;
  private final List<DividendRules> dividends;
  private final List<GridStandard> grids;
  private final List<LandRules> land;
  private final List<ElectionEligibility> election;
  private final List<GovernanceRules> governance;
  private final List<PublicServiceStandards> services;

  /**
   * The standard municipal default, as {@code docs/policy-defaults.md} describes it. Public for
   * {@link java.util.ServiceLoader}-style construction; prefer {@link #standard()}.
   */
  public MunicipalDefaultPolicy() {
    this(DEFAULT_SCHOOL_PLACES);
  }

  private MunicipalDefaultPolicy(Map<SchoolLevel, Weight> schoolPlaces) {
    DateRange always = DateRange.startingAt(BEGINNING);
    FacetVersion plan = new FacetVersion(ID, PLAN_VERSION, always, PLAN);
    membership = List.of(
        new DefaultMembershipRules(new FacetVersion(ID, MEMBERSHIP_2006,
            DateRange.of(BEGINNING, LAW_IN_FORCE), GUANGDONG_2006), Map.of()),
        new DefaultMembershipRules(new FacetVersion(ID, MEMBERSHIP_2025,
            DateRange.startingAt(LAW_IN_FORCE), LAW), lawClauses()));
    shares = List.of(new DefaultShareScheme(plan, "三(三)7 深化村改居社区股份合作制改革"));
    dividends = List.of(new DefaultDividendRules(plan, "三(三)7 深化村改居社区股份合作制改革",
        Rate.ofPercent(10), Rate.ZERO));
    grids = List.of(new DefaultGridStandard(plan, "三(四)9 深化村改居社区网格化服务管理",
        new GridParameters(300, 500, 2500, ImmutableSortedMap.of(
            GridParameters.HOUSEHOLDS, 1L, "rentalRooms", 1L, "elderlyAlone", 2L, "shops", 1L,
            "specialCare", 3L), 1, 200)));
    land = List.of(new DefaultLandRules(plan, "三(三)6 深化村改居社区土地制度改革",
        new LandParameters(Rate.ofPercent(10), Money.ofYuan(1000), Weight.ONE,
            Money.ofYuan(1000), new HomesteadTerms(Money.ofYuan(800), Weight.ONE,
                Weight.of(120)))));
    election = List.of(new DefaultElectionEligibility(plan,
        "三(四)10 探索非户籍常住人口参与村改居社区治理新途径",
        new ElectionConditions(true, 3, true, true, true)));
    governance = List.of(new DefaultGovernanceRules(plan, "三(四)8 厘清村改居社区各类组织职能关系",
        separationStandards()));
    services = List.of(new DefaultPublicServiceStandards(plan,
        "三(二)4 推进城乡基本公共服务均等化", checkedPlaces(schoolPlaces)));
  }

  /** The standard municipal default. */
  public static MunicipalDefaultPolicy standard() {
    return STANDARD;
  }

  /**
   * The municipal default with other school places per 1,000 residents; a level not given keeps
   * its default.
   */
  public static MunicipalDefaultPolicy withSchoolPlaces(Map<SchoolLevel, Weight> placesPerThousand) {
    Map<SchoolLevel, Weight> places = new EnumMap<>(DEFAULT_SCHOOL_PLACES);
    places.putAll(placesPerThousand);
    return new MunicipalDefaultPolicy(places);
  }

  private static ImmutableMap<SchoolLevel, Weight> checkedPlaces(Map<SchoolLevel, Weight> places) {
    for (SchoolLevel level : SchoolLevel.values()) {
      checkInput(places.get(level) != null, "schoolPlaces." + level.name(), "",
          "is missing", "school places per 1,000 residents for every level");
    }
    return ImmutableMap.copyOf(new EnumMap<>(places));
  }

  private static Map<String, String> lawClauses() {
    return Map.ofEntries(
        Map.entry("founding", "第十一条"),
        Map.entry("noBasis", "第十一条"),
        Map.entry("birth", "第十二条"),
        Map.entry("marriage", "第十二条"),
        Map.entry("adoption", "第十二条"),
        Map.entry("resettlement", "第十二条"),
        Map.entry("assemblyAdmission", "第十二条"),
        Map.entry("pendingAssembly", "第十二条"),
        Map.entry("voluntaryWithdrawal", "第十六条"),
        Map.entry("death", "第十七条"),
        Map.entry("nationalityLost", "第十七条"),
        Map.entry("memberElsewhere", "第十七条"),
        Map.entry("joinedWhileMemberElsewhere", "第十七条"),
        Map.entry("civilServant", "第十七条"),
        Map.entry("keptContract", "第十七条"),
        Map.entry("charterGround", "第十七条"),
        Map.entry("kept", "第十八条"));
  }

  private static ImmutableMap<SeparationDimension, SeparationStandard> separationStandards() {
    return ImmutableMap.of(
        SeparationDimension.VOTER_QUALIFICATION, new SeparationStandard(
            SeparationDimension.VOTER_QUALIFICATION,
            "居委会选民按居住登记，集体经济组织成员按成员身份：the residents' committee voter roll "
                + "is drawn from residents, not from the member roll",
            ImmutableMap.of("voterRollMayEqualMemberRoll", "false")),
        SeparationDimension.ORGANIZATIONAL_FUNCTION, new SeparationStandard(
            SeparationDimension.ORGANIZATIONAL_FUNCTION,
            "居委会负责自治与公共服务，集体经济组织负责集体资产经营：each organization has its own "
                + "list of duties",
            ImmutableMap.of("separateDutyLists", "true")),
        SeparationDimension.CADRE_MANAGEMENT, new SeparationStandard(
            SeparationDimension.CADRE_MANAGEMENT,
            "两类组织的负责人分别依法定程序产生；一肩挑经法定程序不视为混同：office holders are chosen "
                + "by each organization's own procedure; concurrent posts so chosen are not mixing",
            ImmutableMap.of("concurrentPostsCountAsMixed", "false")),
        SeparationDimension.ACCOUNTS_AND_ASSETS, new SeparationStandard(
            SeparationDimension.ACCOUNTS_AND_ASSETS,
            "分设账户、分别核算，社区公共开支由公共财政承担：separate accounts and books; public "
                + "spending not paid from collective income",
            ImmutableMap.of("separateAccounts", "true", "publicSpendingFromCollective", "false")),
        SeparationDimension.DECISION_MAKING, new SeparationStandard(
            SeparationDimension.DECISION_MAKING,
            "居民会议与成员大会分别议事决策：the residents' assembly and the members' assembly decide "
                + "their own matters separately",
            ImmutableMap.of("separateAssemblies", "true")));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String countyCode() {
    return County.CITY.code();
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "江门市村改居社区综合配套改革市级默认政策";
  }

  @Override
  public List<MembershipRules> membershipRules() {
    return membership;
  }

  @Override
  public List<ShareScheme> shareSchemes() {
    return shares;
  }

  @Override
  public List<DividendRules> dividendRules() {
    return dividends;
  }

  @Override
  public List<GridStandard> gridStandards() {
    return grids;
  }

  @Override
  public List<LandRules> landRules() {
    return land;
  }

  @Override
  public List<ElectionEligibility> electionEligibility() {
    return election;
  }

  @Override
  public List<GovernanceRules> governanceRules() {
    return governance;
  }

  @Override
  public List<PublicServiceStandards> publicServiceStandards() {
    return services;
  }
}
