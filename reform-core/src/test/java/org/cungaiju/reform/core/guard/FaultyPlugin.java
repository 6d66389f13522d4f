package org.cungaiju.reform.core.guard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.land.LandParameters;
import org.cungaiju.reform.spi.land.LandRules;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * A plugin made to order for the guard's tests: each facet it offers has one version in force
 * from {@link #FROM} (early enough to cover the births of a generated dossier, so that a
 * decision about a parent is this plugin's too), deciding with the function given.
 */
final class FaultyPlugin implements CountyPolicyProvider {
  static final LocalDate FROM = LocalDate.of(1950, 1, 1);
  static final PolicySource SOURCE = PolicySource.of("测试文件〔1950〕7号", "第二条", FROM);

  private final String id;
  private final County county;
  private final FacetVersion version;
  private final List<MembershipRules> membership = new ArrayList<>();
  private final List<ShareScheme> shares = new ArrayList<>();
  private final List<DividendRules> dividends = new ArrayList<>();
  private final List<GridStandard> grids = new ArrayList<>();
  private final List<LandRules> land = new ArrayList<>();
  private final List<ElectionEligibility> election = new ArrayList<>();
  private final List<GovernanceRules> governance = new ArrayList<>();
  private final List<PublicServiceStandards> services = new ArrayList<>();

  private FaultyPlugin(String id, County county) {
    this.id = id;
    this.county = county;
    this.version = FacetVersion.of(id, DateRange.startingAt(FROM), SOURCE);
  }

  static FaultyPlugin of(String id, County county) {
    return new FaultyPlugin(id, county);
  }

  /** The version every facet of this plugin is. */
  FacetVersion version() {
    return version;
  }

  /** An explanation of this plugin's version, saying {@code outcome}. */
  Explanation explain(String outcome) {
    return version.explain("test.rule", "", Map.of(), Map.of(), outcome);
  }

  /** {@code value} explained by this plugin's version. */
  <T> Explained<T> explained(T value) {
    return Explained.of(value, explain(String.valueOf(value)));
  }

  FaultyPlugin membership(Function<MembershipQuery, Explained<MembershipStatus>> decide) {
    membership.add(new MembershipRules() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<MembershipStatus> decide(MembershipQuery query) {
        return decide.apply(query);
      }
    });
    return this;
  }

  FaultyPlugin shareScheme(Function<FacetVersion, ShareScheme> scheme) {
    shares.add(scheme.apply(version));
    return this;
  }

  FaultyPlugin dividend(
      BiFunction<CollectiveOrganization, Integer, Explained<RetentionRates>> retention) {
    dividends.add(new DividendRules() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<RetentionRates> retention(CollectiveOrganization o, int year) {
        return retention.apply(o, year);
      }
    });
    return this;
  }

  FaultyPlugin grid(Function<Community, Explained<GridParameters>> parameters) {
    grids.add(new GridStandard() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<GridParameters> parameters(Community community) {
        return parameters.apply(community);
      }
    });
    return this;
  }

  FaultyPlugin land(Function<CollectiveOrganization, Explained<LandParameters>> parameters) {
    land.add(new LandRules() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<LandParameters> parameters(CollectiveOrganization organization) {
        return parameters.apply(organization);
      }
    });
    return this;
  }

  FaultyPlugin election(BiFunction<Person, LocalDate, Explained<Eligibility>> decide) {
    election.add(new ElectionEligibility() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<Eligibility> decide(Person person, LocalDate date) {
        return decide.apply(person, date);
      }
    });
    return this;
  }

  FaultyPlugin governance(Function<FacetVersion, GovernanceRules> rules) {
    governance.add(rules.apply(version));
    return this;
  }

  FaultyPlugin publicService(Function<SchoolLevel, Explained<Weight>> places) {
    services.add(new PublicServiceStandards() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<Weight> schoolPlacesPerThousand(SchoolLevel level) {
        return places.apply(level);
      }
    });
    return this;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String countyCode() {
    return county.code();
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "故障测试 " + id;
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
