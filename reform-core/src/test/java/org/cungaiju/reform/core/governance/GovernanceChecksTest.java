package org.cungaiju.reform.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.fixtures.SmallDossiers.event;
import static org.cungaiju.reform.core.fixtures.SmallDossiers.person;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Set;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.core.fixtures.OnePlugin;
import org.cungaiju.reform.core.fixtures.SmallDossiers;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.governance.SeparationStandard;
import org.junit.jupiter.api.Test;

/** Hand-written governance cases under the municipal default and a test county plugin. */
class GovernanceChecksTest {

  private static final GovernanceChecks DEFAULT = new GovernanceChecks(PolicyRegistry.builder()
      .build());

  // three registered persons, members of v1 by the founding rule
  private static final Person P1 = person("p1", "1970-05-01", true,
      event(PersonEventType.PARTY_MEMBERSHIP, "1995-07-01"));
  private static final Person P2 = person("p2", "1975-03-03", true);
  private static final Person P3 = person("p3", "1980-08-08", true);
  // two non-hukou Party members resident since 2015 with a residence permit; n1 under credit
  // discipline since 2024
  private static final Person N1 = person("n1", "1985-02-02", false,
      event(PersonEventType.PARTY_MEMBERSHIP, "2010-07-01"),
      event(PersonEventType.RESIDENCE_START, "2015-03-01"),
      event(PersonEventType.RESIDENCE_PERMIT, "2015-06-01"),
      event(PersonEventType.CREDIT_DISCIPLINE, "2024-04-01"));
  private static final Person N2 = person("n2", "1986-06-06", false,
      event(PersonEventType.PARTY_MEMBERSHIP, "2010-07-01"),
      event(PersonEventType.RESIDENCE_START, "2015-03-01"),
      event(PersonEventType.RESIDENCE_PERMIT, "2015-06-01"));

  private static Dossier dossier(Governance governance) {
    return SmallDossiers.builder(5, P1, P2, P3, N1, N2).governance(governance).build();
  }

  private static Governance voters(String... ids) {
    return new Governance(ImmutableList.copyOf(ids), ImmutableList.of(), ImmutableList.of());
  }

  private static Governance facts(SeparationFact... facts) {
    return new Governance(ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(facts));
  }

  private static SeparationFinding finding(Dossier d, SeparationDimension dimension) {
    return DEFAULT.check(d).finding(dimension).orElseThrow();
  }

  @Test
  void onePersonHoldingAllThreePostsIsAllowedUnderTheDefault() {
    Dossier d = dossier(new Governance(ImmutableList.of(), ImmutableList.of(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p1", Office.RESIDENTS_COMMITTEE_DIRECTOR),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1"),
        Appointment.of("p2", Office.COLLECTIVE_SUPERVISOR, "v1")), ImmutableList.of()));

    GovernanceReport report = DEFAULT.check(d);

    OfficeHolder p1 = report.officeHolder("p1").orElseThrow();
    assertThat(p1.leadingPosts()).containsExactly(Post.PARTY_SECRETARY,
        Post.RESIDENTS_COMMITTEE_DIRECTOR, Post.COLLECTIVE_HEAD);
    assertThat(p1.holdsConcurrentPosts()).isTrue();
    assertThat(p1.allowed()).isTrue();
    assertThat(p1.explanation().ruleId()).isEqualTo("governance.concurrentPosts");
    assertThat(p1.explanation().policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(p1.explanation().version()).isEqualTo(MunicipalDefaultPolicy.PLAN_VERSION);
    assertThat(p1.explanation().source().clause()).isEqualTo("三(四)8 厘清村改居社区各类组织职能关系");
    assertThat(p1.explanation().outcome()).startsWith("allowed");
    OfficeHolder p2 = report.officeHolder("p2").orElseThrow();
    assertThat(p2.leadingPosts()).isEmpty();
    assertThat(p2.allowed()).isTrue();
    assertThat(p2.explanation().ruleId()).isEqualTo("governance.concurrentPosts.single");
    assertThat(report.officeHolders()).extracting(OfficeHolder::personId)
        .containsExactly("p1", "p2");
  }

  @Test
  void aCountyThatForbidsConcurrentPostsIsObeyed() {
    GovernanceChecks xinhui = new GovernanceChecks(new OnePlugin()
        .governance(new SeparateLeaders(OnePlugin.VERSION, ImmutableMap.of())).registry());
    Dossier d = dossier(new Governance(ImmutableList.of(), ImmutableList.of(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "g1")), ImmutableList.of()));

    OfficeHolder p1 = xinhui.check(d).officeHolder("p1").orElseThrow();

    assertThat(p1.leadingPosts()).containsExactly(Post.PARTY_SECRETARY, Post.COLLECTIVE_HEAD);
    assertThat(p1.allowed()).isFalse();
    assertThat(p1.explanation().policyId()).isEqualTo(OnePlugin.ID);
    assertThat(p1.explanation().outcome()).isEqualTo("not allowed: one leading post each");
  }

  @Test
  void aNonHukouPartyMemberUnderCreditDisciplineIsRefusedWithThatReason() {
    GovernanceReport report = DEFAULT.check(dossier(Governance.EMPTY));

    NonHukouCandidate n1 = report.candidate("n1").orElseThrow();
    assertThat(n1.eligibility().eligible()).isFalse();
    assertThat(n1.eligibility().unmet()).containsExactly("creditDiscipline");
    assertThat(n1.eligibility().reasons()).contains("党员: a Party member",
        "失信惩戒对象: under credit discipline");
    assertThat(n1.explanation().outcome()).isEqualTo("not eligible: creditDiscipline");
    assertThat(n1.explanation().source().clause())
        .isEqualTo("三(四)10 探索非户籍常住人口参与村改居社区治理新途径");
    // the same conditions without the discipline: resident 10 years (2015-03-01 to 2025-12-31)
    NonHukouCandidate n2 = report.candidate("n2").orElseThrow();
    assertThat(n2.eligibility().eligible()).isTrue();
    assertThat(n2.eligibility().reasons()).contains("居住满3年: resident 10 years");
    // registered persons are not non-hukou residents and are not considered
    assertThat(report.candidates()).extracting(NonHukouCandidate::personId)
        .containsExactly("n1", "n2");
  }

  @Test
  void minorsAreNotCandidates() {
    Person child = person("c1", "2010-01-01", false,
        event(PersonEventType.RESIDENCE_START, "2012-01-01"));
    Dossier d = SmallDossiers.builder(2, N2, child).build();

    assertThat(DEFAULT.check(d).candidates()).extracting(NonHukouCandidate::personId)
        .containsExactly("n2");
    // on the day of the 18th birthday the person is considered
    assertThat(DEFAULT.check(SmallDossiers.builder(1, person("c2", "2007-12-31", false))
        .build()).candidate("c2")).isPresent();
  }

  @Test
  void liftedCreditDisciplineNoLongerBars() {
    Person lifted = person("n1", "1985-02-02", false,
        event(PersonEventType.PARTY_MEMBERSHIP, "2010-07-01"),
        event(PersonEventType.RESIDENCE_START, "2015-03-01"),
        event(PersonEventType.RESIDENCE_PERMIT, "2015-06-01"),
        event(PersonEventType.CREDIT_DISCIPLINE, "2024-04-01"),
        event(PersonEventType.CREDIT_DISCIPLINE_LIFTED, "2025-04-01"));
    Dossier d = SmallDossiers.builder(1, lifted).build();

    assertThat(DEFAULT.check(d).candidate("n1").orElseThrow().eligibility().eligible()).isTrue();
    // before the lifting the discipline still bars
    assertThat(DEFAULT.check(d, java.time.LocalDate.of(2025, 3, 31)).candidate("n1")
        .orElseThrow().eligibility().unmet()).containsExactly("creditDiscipline");
  }

  @Test
  void aNonHukouOfficeHolderLivingElsewhereIsStillDecided() {
    Person away = SmallDossiers.livingElsewhere(N2);
    Dossier d = SmallDossiers.builder(1, P1, away).governance(new Governance(ImmutableList.of(),
        ImmutableList.of(Appointment.of("n2", Office.RESIDENTS_COMMITTEE_MEMBER)),
        ImmutableList.of())).build();

    NonHukouCandidate n2 = DEFAULT.check(d).candidate("n2").orElseThrow();

    assertThat(n2.holdsTwoCommitteeOffice()).isTrue();
    assertThat(n2.eligibility().unmet()).containsExactly("resident");
  }

  @Test
  void aMemberRollIdenticalToTheVoterRollIsMixedOnVoterQualification() {
    SeparationFinding f = finding(dossier(voters("p1", "p2", "p3")),
        SeparationDimension.VOTER_QUALIFICATION);

    assertThat(f.status()).isEqualTo(SeparationStatus.MIXED);
    assertThat(f.evidence()).contains(
        "mixed: the voter roll is the member roll: the same 3 persons (p1, p2, p3)");
    assertThat(f.explanation().ruleId()).isEqualTo("governance.separation.VOTER_QUALIFICATION");
    assertThat(f.explanation().parameters()).containsEntry("voterRollMayEqualMemberRoll",
        "false");
    assertThat(f.explanation().steps()).singleElement()
        .satisfies(s -> assertThat(s.ruleId()).isEqualTo(
            "governance.separation.VOTER_QUALIFICATION"));
  }

  @Test
  void aVoterRollDrawnFromResidentsIsSeparated() {
    SeparationFinding f = finding(dossier(voters("p1", "p2", "p3", "n1", "n2")),
        SeparationDimension.VOTER_QUALIFICATION);

    assertThat(f.status()).isEqualTo(SeparationStatus.SEPARATED);
    assertThat(f.evidence()).contains("separated: the voter roll differs from the member roll: "
        + "2 voters are not members (n1, n2), 0 members are not voters");
  }

  @Test
  void aVoterRollOfMembersThatLeavesOutResidentsIsMixed() {
    SeparationFinding f = finding(dossier(voters("p1", "p2")),
        SeparationDimension.VOTER_QUALIFICATION);

    assertThat(f.status()).isEqualTo(SeparationStatus.MIXED);
    assertThat(f.evidence()).contains("mixed: every voter is a member, and 2 adult residents who "
        + "are not members are left off the roll (n1, n2): the roll is drawn from the member "
        + "roll");
  }

  @Test
  void aCountyMayAllowTheRollsToCoincide() {
    GovernanceChecks lenient = new GovernanceChecks(new OnePlugin().governance(
        new SeparateLeaders(OnePlugin.VERSION,
            ImmutableMap.of("voterRollMayEqualMemberRoll", "true"))).registry());

    SeparationFinding f = lenient.check(dossier(voters("p1", "p2", "p3")))
        .finding(SeparationDimension.VOTER_QUALIFICATION).orElseThrow();

    assertThat(f.status()).isEqualTo(SeparationStatus.SEPARATED);
    assertThat(f.evidence()).contains("note: the voter roll is the member roll: the same 3 "
        + "persons (p1, p2, p3); the standard allows it");
    assertThat(f.explanation().policyId()).isEqualTo(OnePlugin.ID);
  }

  @Test
  void accountsAreJudgedOnEveryFactTheStandardRequires() {
    SeparationFact accounts = new SeparationFact(SeparationFactKind.SEPARATE_ACCOUNTS, true,
        "社区与联社分设银行账户");
    SeparationFact publicFunds = new SeparationFact(
        SeparationFactKind.PUBLIC_SPENDING_FROM_COLLECTIVE, false, "社区开支由区财政拨付");
    SeparationFact collectivePays = new SeparationFact(
        SeparationFactKind.PUBLIC_SPENDING_FROM_COLLECTIVE, true, "2024年保洁费由联社支付");

    SeparationFinding separated = finding(dossier(facts(accounts, publicFunds)),
        SeparationDimension.ACCOUNTS_AND_ASSETS);
    SeparationFinding mixed = finding(dossier(facts(accounts, collectivePays)),
        SeparationDimension.ACCOUNTS_AND_ASSETS);
    SeparationFinding incomplete = finding(dossier(facts(accounts)),
        SeparationDimension.ACCOUNTS_AND_ASSETS);

    assertThat(separated.status()).isEqualTo(SeparationStatus.SEPARATED);
    assertThat(separated.evidence()).containsExactly(
        "separated: 账户分设、分别核算 (SEPARATE_ACCOUNTS) holds: 社区与联社分设银行账户",
        "separated: 社区公共开支由集体经济组织承担 (PUBLIC_SPENDING_FROM_COLLECTIVE) does not "
            + "hold: 社区开支由区财政拨付");
    assertThat(mixed.status()).isEqualTo(SeparationStatus.MIXED);
    assertThat(mixed.evidence()).contains("mixed: 社区公共开支由集体经济组织承担 "
        + "(PUBLIC_SPENDING_FROM_COLLECTIVE) holds: 2024年保洁费由联社支付");
    assertThat(incomplete.status()).isEqualTo(SeparationStatus.NOT_ASSESSED);
    assertThat(incomplete.evidence()).contains("missing: 社区公共开支由集体经济组织承担 "
        + "(PUBLIC_SPENDING_FROM_COLLECTIVE) is not recorded; the standard requires it to not "
        + "hold");
    assertThat(mixed.explanation().inputs()).containsEntry("fact.publicSpendingFromCollective",
        "true");
  }

  @Test
  void aDossierWithoutAGovernanceSectionIsNeverCalledSeparated() {
    GovernanceReport report = DEFAULT.check(SmallDossiers.builder(3, P1, P2, P3).build());

    assertThat(report.separation()).extracting(SeparationFinding::dimension)
        .containsExactly(SeparationDimension.values());
    assertThat(report.separation()).extracting(SeparationFinding::status)
        .containsOnly(SeparationStatus.NOT_ASSESSED);
    assertThat(report.officeHolders()).isEmpty();
  }

  @Test
  void concurrentPostsChosenByEachBodyAreNotMixingUnderTheDefault() {
    Governance g = new Governance(ImmutableList.of(), ImmutableList.of(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1")), ImmutableList.of(
        new SeparationFact(SeparationFactKind.CADRES_CHOSEN_SEPARATELY, true,
            "居委会主任由居民选举，联社理事长由成员大会选举")));

    SeparationFinding f = finding(dossier(g), SeparationDimension.CADRE_MANAGEMENT);

    assertThat(f.status()).isEqualTo(SeparationStatus.SEPARATED);
    assertThat(f.evidence()).containsExactly(
        "separated: 干部分别依法定程序产生 (CADRES_CHOSEN_SEPARATELY) holds: "
            + "居委会主任由居民选举，联社理事长由成员大会选举",
        "note: 1 person holds offices in both the two committees and a collective organization "
            + "(p1); the standard does not count concurrent posts chosen by each body's own "
            + "procedure as mixing");
  }

  @Test
  void aCountyMayCountConcurrentPostsAsMixingAndWaiveSeals() {
    GovernanceChecks strict = new GovernanceChecks(new OnePlugin().governance(
        new SeparateLeaders(OnePlugin.VERSION, ImmutableMap.of(
            "concurrentPostsCountAsMixed", "true", "separateSeals", "false"))).registry());
    Governance g = new Governance(ImmutableList.of(), ImmutableList.of(
        Appointment.of("p1", Office.RESIDENTS_COMMITTEE_MEMBER),
        Appointment.of("p1", Office.COLLECTIVE_BOARD_MEMBER, "g1")), ImmutableList.of(
        new SeparationFact(SeparationFactKind.CADRES_CHOSEN_SEPARATELY, true, "分别选举"),
        new SeparationFact(SeparationFactKind.SEPARATE_DUTY_LISTS, true, "两份权责清单")));

    GovernanceReport report = strict.check(dossier(g));

    assertThat(report.finding(SeparationDimension.CADRE_MANAGEMENT).orElseThrow().status())
        .isEqualTo(SeparationStatus.MIXED);
    SeparationFinding function =
        report.finding(SeparationDimension.ORGANIZATIONAL_FUNCTION).orElseThrow();
    assertThat(function.status()).isEqualTo(SeparationStatus.SEPARATED);
    assertThat(function.explanation().parameters()).containsEntry("separateSeals", "false")
        .containsEntry("separateDutyLists", "true (not set; the engine's default)");
  }

  @Test
  void aBrokenPolicyIsReportedNotReplaced() {
    GovernanceChecks garbled = new GovernanceChecks(new OnePlugin().governance(
        new SeparateLeaders(OnePlugin.VERSION, ImmutableMap.of("separateAccounts", "yes")))
        .registry());
    assertThatThrownBy(() -> garbled.check(dossier(Governance.EMPTY)))
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessageContaining("policy test-xinhui governance version 2000-01-01")
        .hasMessageContaining("separateAccounts='yes'; accepted: true or false");

    GovernanceChecks throwing = new GovernanceChecks(new OnePlugin().governance(
        new SeparateLeaders(OnePlugin.VERSION, ImmutableMap.of()) {
          @Override
          public Explained<Boolean> mayHoldTogether(Set<Post> posts) {
            throw new IllegalStateException("no table");
          }
        }).registry());
    Dossier d = dossier(new Governance(ImmutableList.of(), ImmutableList.of(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p1", Office.RESIDENTS_COMMITTEE_DIRECTOR)), ImmutableList.of()));
    // the registry's guard reports the fault, naming the plugin, facet, version and input
    assertThatThrownBy(() -> throwing.check(d))
        .isInstanceOf(PluginFaultException.class)
        .hasMessageContaining("plugin 'test-xinhui'")
        .hasMessageContaining("facet governance version 2000-01-01 failed deciding posts "
            + "[PARTY_SECRETARY, RESIDENTS_COMMITTEE_DIRECTOR]: threw "
            + "java.lang.IllegalStateException: no table");
  }

  @Test
  void theSameDossierGivesTheSameReport() {
    Dossier d = dossier(new Governance(ImmutableList.of("p1", "n2"), ImmutableList.of(
        Appointment.of("p1", Office.PARTY_SECRETARY)), ImmutableList.of()));
    assertThat(DEFAULT.check(d)).isEqualTo(DEFAULT.check(d));
  }

  /**
   * Governance rules that refuse concurrent leading posts, with the default's criteria and the
   * parameters given.
   */
  private static class SeparateLeaders implements GovernanceRules {
    private final FacetVersion version;
    private final ImmutableMap<String, String> parameters;

    SeparateLeaders(FacetVersion version, ImmutableMap<String, String> parameters) {
      this.version = version;
      this.parameters = parameters;
    }

    @Override
    public FacetVersion version() {
      return version;
    }

    @Override
    public Explained<Boolean> mayHoldTogether(Set<Post> posts) {
      boolean allowed = posts.size() <= 1;
      return Explained.of(allowed, version.explain("governance.concurrentPosts", "",
          ImmutableMap.of("posts", posts.toString()), ImmutableMap.of(),
          allowed ? "allowed: a single post" : "not allowed: one leading post each"));
    }

    @Override
    public Explained<SeparationStandard> separation(SeparationDimension dimension) {
      SeparationStandard s = new SeparationStandard(dimension, "测试标准", parameters);
      return Explained.of(s, version.explain("governance.separation." + dimension.name(), "",
          ImmutableMap.of("dimension", dimension.name()), parameters, s.criterion()));
    }
  }

  @Test
  void everyFactBearsOnOneDimension() {
    assertThat(Separation.DIMENSION_OF.keySet())
        .containsExactlyInAnyOrder(SeparationFactKind.values());
    assertThat(List.copyOf(Separation.DIMENSION_OF.values())).doesNotContain(
        SeparationDimension.VOTER_QUALIFICATION);
  }
}
