package org.cungaiju.reform.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.guard.PluginFaultException.Kind;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.facet.PolicyFacet;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.governance.SeparationStandard;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.cungaiju.reform.spi.share.ShareScheme;
import org.junit.jupiter.api.Test;

/**
 * One deliberately faulty plugin per kind of fault: each is reported as a {@link
 * PluginFaultException} naming the plugin, the facet, the version and the input, and nothing
 * of its answer (nor the municipal default's) is used instead.
 */
class PluginFaultTest {
  private static final Dossier DOSSIER = DossierGenerator.generate(
      GeneratorOptions.builder().households(4).groups(0).build());
  private static final LocalDate DATE = DOSSIER.asOf();
  private static final CollectiveOrganization ORG = DOSSIER.organizations().get(0);
  private static final Person PERSON = DOSSIER.persons().get(0);
  private static final String VERSION = FaultyPlugin.FROM.toString();

  private static <F extends PolicyFacet> F resolve(FaultyPlugin plugin, Facet<F> facet) {
    return PolicyRegistry.builder().register(plugin).build()
        .resolve(County.XINHUI, facet, DATE);
  }

  /** The fault {@code call} raises, checked to name the plugin, facet, version and input. */
  private static PluginFaultException fault(Kind kind, String plugin, Facet<?> facet,
      String input, ThrowingCallable call) {
    PluginFaultException e = catchThrowableOfType(PluginFaultException.class, call);
    assertThat(e).as("the fault").isNotNull();
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.pluginId()).isEqualTo(plugin);
    assertThat(e.facet()).isEqualTo(facet.id());
    assertThat(e.version()).isEqualTo(VERSION);
    assertThat(e.input()).contains(input);
    assertThat(e.getMessage())
        .contains("plugin '" + plugin + "' (" + FaultyPlugin.class.getName() + " in ")
        .contains("facet " + facet.id() + " version " + VERSION)
        .contains(input)
        .contains(e.problem());
    return e;
  }

  @Test
  void aDecisionThatThrowsIsReportedWithTheExceptionAsItsCause() {
    FaultyPlugin p = FaultyPlugin.of("thrower", County.XINHUI).dividend((o, year) -> {
      throw new IllegalStateException("the rate table is missing");
    });

    PluginFaultException e = fault(Kind.THREW, "thrower", Facet.DIVIDEND,
        "organization " + ORG.id() + ", year 2025",
        () -> resolve(p, Facet.DIVIDEND).retention(ORG, 2025));

    assertThat(e).hasMessageContaining("the rate table is missing")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(e.inputPath()).isEmpty();
  }

  @Test
  void aNullAnswerIsReported() {
    FaultyPlugin p = FaultyPlugin.of("nothing", County.XINHUI).election((person, date) -> null);

    PluginFaultException e = fault(Kind.NULL_ANSWER, "nothing", Facet.ELECTION,
        "person " + PERSON.id() + " on " + DATE,
        () -> resolve(p, Facet.ELECTION).decide(PERSON, DATE));

    assertThat(e.problem()).contains("returned null");
  }

  @Test
  void weightsForAClassTheSchemeLacksAreReported() {
    FaultyPlugin p = FaultyPlugin.of("extra", County.XINHUI).shareScheme(TestScheme.of(
        ImmutableList.of(TestScheme.POPULATION),
        m -> ImmutableMap.of("population", Weight.ONE, "bonus", Weight.ONE)));

    PluginFaultException e = fault(Kind.INVALID_ANSWER, "extra", Facet.SHARE_SCHEME,
        "member " + PERSON.id() + " of organization " + ORG.id(),
        () -> resolve(p, Facet.SHARE_SCHEME).weightsOf(PERSON, ORG, DATE));

    assertThat(e.problem()).contains("naming classes the scheme lacks [bonus]")
        .contains("accepted: exactly [population]");
  }

  @Test
  void weightsMissingAClassAreReported() {
    FaultyPlugin p = FaultyPlugin.of("missing", County.XINHUI).shareScheme(TestScheme.of(
        ImmutableList.of(TestScheme.POPULATION, TestScheme.FARM_AGE),
        m -> ImmutableMap.of("population", Weight.ONE)));

    PluginFaultException e = fault(Kind.INVALID_ANSWER, "missing", Facet.SHARE_SCHEME,
        "member " + PERSON.id(), () -> resolve(p, Facet.SHARE_SCHEME).weightsOf(PERSON, ORG,
            DATE));

    assertThat(e.problem()).contains("missing [farmAge]");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aWeightOfAnotherTypeSmuggledInByARawTypeIsReported() {
    ImmutableMap raw = ImmutableMap.of("population", "1");
    FaultyPlugin p = FaultyPlugin.of("raw", County.XINHUI).shareScheme(TestScheme.of(
        ImmutableList.of(TestScheme.POPULATION), m -> raw));

    PluginFaultException e = fault(Kind.INVALID_ANSWER, "raw", Facet.SHARE_SCHEME,
        "member " + PERSON.id(), () -> resolve(p, Facet.SHARE_SCHEME).weightsOf(PERSON, ORG,
            DATE));

    assertThat(e.problem()).contains("gives a java.lang.String (1) for class population");
  }

  @Test
  void aNegativeWeightCannotBeBuiltSoThePluginIsReportedAsThrowing() {
    FaultyPlugin p = FaultyPlugin.of("negative", County.XINHUI).shareScheme(TestScheme.of(
        ImmutableList.of(TestScheme.POPULATION),
        m -> ImmutableMap.of("population", Weight.of(-1))));

    PluginFaultException e = fault(Kind.THREW, "negative", Facet.SHARE_SCHEME,
        "member " + PERSON.id(), () -> resolve(p, Facet.SHARE_SCHEME).weightsOf(PERSON, ORG,
            DATE));

    assertThat(e).hasCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void aRateAboveOneCannotBeBuiltSoThePluginIsReportedAsThrowing() {
    FaultyPlugin p = FaultyPlugin.of("above-one", County.XINHUI);
    p.dividend((o, year) -> p.explained(RetentionRates.of(Rate.of(new BigDecimal("1.5")),
        Rate.ZERO)));

    PluginFaultException e = fault(Kind.THREW, "above-one", Facet.DIVIDEND,
        "organization " + ORG.id(), () -> resolve(p, Facet.DIVIDEND).retention(ORG, 2025));

    assertThat(e).hasCauseInstanceOf(InvalidInputException.class).hasMessageContaining("1.5");
  }

  @Test
  void retentionRatesAddingUpToMoreThanOneAreReported() {
    FaultyPlugin p = FaultyPlugin.of("greedy", County.XINHUI);
    p.dividend((o, year) -> p.explained(RetentionRates.of(Rate.ofPercent(60),
        Rate.ofPercent(50))));

    PluginFaultException e = fault(Kind.THREW, "greedy", Facet.DIVIDEND,
        "organization " + ORG.id(), () -> resolve(p, Facet.DIVIDEND).retention(ORG, 2025));

    assertThat(e).hasMessageContaining("exceeds 1");
  }

  /** The fault of a grid plugin answering {@code min}, {@code max} households, {@code residents}. */
  private static PluginFaultException gridFault(Kind kind, String id, int min, int max,
      int residents) {
    FaultyPlugin p = FaultyPlugin.of(id, County.XINHUI);
    p.grid(c -> p.explained(new GridParameters(min, max, residents, ImmutableSortedMap.of(), 1,
        200)));
    return fault(kind, id, Facet.GRID, "community " + DOSSIER.community().id(),
        () -> resolve(p, Facet.GRID).parameters(DOSSIER.community()));
  }

  @Test
  void gridBoundsTheWrongWayRoundAreReported() {
    PluginFaultException e = gridFault(Kind.THREW, "upside-down", 500, 300, 2500);

    assertThat(e).hasMessageContaining("maxHouseholds").hasMessageContaining("below");
  }

  @Test
  void aGridStandardNoGridCouldMeetIsReported() {
    PluginFaultException e = gridFault(Kind.INVALID_ANSWER, "cramped", 300, 500, 200);

    assertThat(e.problem()).contains("maxResidents 200 below minHouseholds 300");
  }

  @Test
  void anAnswerExplainedAsAnotherPolicyIsReported() {
    FaultyPlugin p = FaultyPlugin.of("borrowed", County.XINHUI);
    FacetVersion other = new FacetVersion("someone-else", "2019", p.version().validity(),
        FaultyPlugin.SOURCE);
    p.dividend((o, year) -> Explained.of(RetentionRates.of(Rate.ofPercent(5), Rate.ZERO),
        other.explain("dividend.borrowed", "", java.util.Map.of(), java.util.Map.of(), "5%")));

    PluginFaultException e = fault(Kind.INVALID_ANSWER, "borrowed", Facet.DIVIDEND,
        "organization " + ORG.id(), () -> resolve(p, Facet.DIVIDEND).retention(ORG, 2025));

    assertThat(e.problem()).contains("is explained as policy someone-else version 2019")
        .contains("withSteps(List.of(base.explanation()))");
  }

  @Test
  void anElectionOutcomeWithoutReasonsIsReported() {
    FaultyPlugin p = FaultyPlugin.of("terse", County.XINHUI);
    p.election((person, date) -> p.explained(Eligibility.of(true, Set.of(), Set.of())));

    PluginFaultException e = fault(Kind.INVALID_ANSWER, "terse", Facet.ELECTION,
        "person " + PERSON.id(), () -> resolve(p, Facet.ELECTION).decide(PERSON, DATE));

    assertThat(e.problem()).contains("gives no reason");
  }

  @Test
  void refusingASinglePostOrAnsweringForAnotherDimensionIsReported() {
    FaultyPlugin p = FaultyPlugin.of("contrary", County.XINHUI);
    p.governance(v -> new GovernanceRules() {
      @Override
      public FacetVersion version() {
        return v;
      }

      @Override
      public Explained<Boolean> mayHoldTogether(Set<Post> posts) {
        return p.explained(false);
      }

      @Override
      public Explained<SeparationStandard> separation(SeparationDimension dimension) {
        return p.explained(new SeparationStandard(SeparationDimension.DECISION_MAKING,
            "分别议事", ImmutableMap.of()));
      }
    });
    GovernanceRules rules = resolve(p, Facet.GOVERNANCE);

    assertThat(rules.mayHoldTogether(EnumSet.allOf(Post.class)).value()).isFalse();
    assertThat(fault(Kind.INVALID_ANSWER, "contrary", Facet.GOVERNANCE, "posts [PARTY_SECRETARY]",
        () -> rules.mayHoldTogether(EnumSet.of(Post.PARTY_SECRETARY))).problem())
        .contains("which one person may always hold");
    assertThat(rules.separation(SeparationDimension.DECISION_MAKING).value().dimension())
        .isEqualTo(SeparationDimension.DECISION_MAKING);
    assertThat(fault(Kind.INVALID_ANSWER, "contrary", Facet.GOVERNANCE,
        "dimension ACCOUNTS_AND_ASSETS",
        () -> rules.separation(SeparationDimension.ACCOUNTS_AND_ASSETS)).problem())
        .contains("gives the standard of DECISION_MAKING");
  }

  @Test
  void moreSchoolPlacesThanResidentsAreReported() {
    FaultyPlugin p = FaultyPlugin.of("lavish", County.XINHUI);
    p.publicService(level -> p.explained(level == SchoolLevel.PRIMARY ? Weight.of(1001)
        : Weight.of(1000)));
    var standards = resolve(p, Facet.PUBLIC_SERVICE);

    assertThat(standards.schoolPlacesPerThousand(SchoolLevel.KINDERGARTEN).value())
        .isEqualTo(Weight.of(1000));
    assertThat(fault(Kind.INVALID_ANSWER, "lavish", Facet.PUBLIC_SERVICE, "level PRIMARY",
        () -> standards.schoolPlacesPerThousand(SchoolLevel.PRIMARY)).problem())
        .contains("gives 1001 places per 1,000 residents");
  }

  @Test
  void aSchemeWhoseClassesBreakItsRulesIsReportedWhenFirstUsed() {
    String structure = "the scheme itself";
    ShareScheme twice = resolve(FaultyPlugin.of("twice", County.XINHUI).shareScheme(
        TestScheme.of(ImmutableList.of(TestScheme.POPULATION, TestScheme.POPULATION),
            m -> ImmutableMap.of())), Facet.SHARE_SCHEME);
    ShareScheme noRatio = resolve(FaultyPlugin.of("no-ratio", County.XINHUI).shareScheme(
        TestScheme.of(ImmutableList.of(TestScheme.POPULATION, TestScheme.COLLECTIVE),
            m -> ImmutableMap.of())), Facet.SHARE_SCHEME);
    ShareScheme onlyCollective = resolve(FaultyPlugin.of("only-collective", County.XINHUI)
        .shareScheme(v -> new TestScheme(v, ImmutableList.of(TestScheme.COLLECTIVE),
            Optional.of(Rate.ofPercent(20)), m -> ImmutableMap.of())), Facet.SHARE_SCHEME);
    ShareScheme nullRatio = resolve(FaultyPlugin.of("null-ratio", County.XINHUI).shareScheme(
        v -> new TestScheme(v, ImmutableList.of(TestScheme.POPULATION), null,
            m -> ImmutableMap.of())), Facet.SHARE_SCHEME);

    assertThat(fault(Kind.INVALID_ANSWER, "twice", Facet.SHARE_SCHEME, structure,
        twice::classes).problem()).contains("uses the share class id population twice");
    assertThat(fault(Kind.INVALID_ANSWER, "no-ratio", Facet.SHARE_SCHEME, structure,
        () -> noRatio.weightsOf(PERSON, ORG, DATE)).problem())
        .contains("1 collective classes and no collective share ratio");
    assertThat(fault(Kind.INVALID_ANSWER, "only-collective", Facet.SHARE_SCHEME, structure,
        onlyCollective::totalShares).problem()).contains("has no class members hold");
    assertThat(fault(Kind.INVALID_ANSWER, "null-ratio", Facet.SHARE_SCHEME, structure,
        nullRatio::apportionment).problem())
        .contains("answered null for collectiveShareRatio()");
  }

  @Test
  void aSoundSchemeIsAnsweredAsThePluginGaveIt() {
    FaultyPlugin p = FaultyPlugin.of("sound", County.XINHUI).shareScheme(v -> new TestScheme(v,
        ImmutableList.of(TestScheme.POPULATION, TestScheme.COLLECTIVE),
        Optional.of(Rate.ofPercent(20)), m -> ImmutableMap.of("population", Weight.ONE)));
    ShareScheme scheme = resolve(p, Facet.SHARE_SCHEME);

    assertThat(scheme.classes()).containsExactly(TestScheme.POPULATION, TestScheme.COLLECTIVE);
    assertThat(scheme.collectiveShareRatio()).contains(Rate.ofPercent(20));
    assertThat(scheme.weightsOf(PERSON, ORG, DATE).value())
        .containsExactly(java.util.Map.entry("population", Weight.ONE));
  }

  @Test
  void theMunicipalDefaultNeverStandsInForAFaultyPlugin() {
    FaultyPlugin p = FaultyPlugin.of("thrower", County.XINHUI).dividend((o, year) -> {
      throw new IllegalStateException("no rates");
    });
    PolicyRegistry registry = PolicyRegistry.builder().register(p).build();

    for (int i = 0; i < 3; i++) {
      assertThat(catchThrowableOfType(PluginFaultException.class,
          () -> registry.resolve(County.XINHUI, Facet.DIVIDEND, DATE).retention(ORG, 2025)))
          .as("call %s", i).isNotNull();
    }
    // the other counties and the facets the plugin does not offer are the default's, as always
    assertThat(registry.resolve(County.TAISHAN, Facet.DIVIDEND, DATE).retention(ORG, 2025)
        .explanation().policyId()).isEqualTo("jiangmen-default");
    assertThat(registry.resolve(County.XINHUI, Facet.GRID, DATE).version().policyId())
        .isEqualTo("jiangmen-default");
  }
}
