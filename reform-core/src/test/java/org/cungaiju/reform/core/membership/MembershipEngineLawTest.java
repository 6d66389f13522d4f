package org.cungaiju.reform.core.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.community.PersonEventType.*;
import static org.cungaiju.reform.core.membership.TestDossiers.dossier;
import static org.cungaiju.reform.core.membership.TestDossiers.event;
import static org.cungaiju.reform.core.membership.TestDossiers.person;

import java.time.LocalDate;
import java.util.List;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.junit.jupiter.api.Test;

/**
 * The examples of the Rural Collective Economic Organizations Law arts. 11–18, worked out by
 * hand, decided under the municipal default on 2025-06-01 (the law's version).
 */
class MembershipEngineLawTest {

  private final MembershipEngine engine = new MembershipEngine(PolicyRegistry.builder().build());

  /** A founding member: household registration here from birth, no parents listed. */
  private static Person founder(String id, Sex sex) {
    return person(id, "1965-03-01", sex, true, List.of());
  }

  private Member decide(Dossier d, String id) {
    return engine.decide(d).of(id).orElseThrow();
  }

  private static void assertDecision(Member m, MembershipStatus status, String rule,
      String clause) {
    assertThat(m.status()).isEqualTo(status);
    assertThat(m.explanation().ruleId()).isEqualTo(rule);
    assertThat(m.explanation().policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(m.explanation().version()).isEqualTo(MunicipalDefaultPolicy.MEMBERSHIP_2025);
    assertThat(m.explanation().source().clause()).isEqualTo(clause);
    assertThat(m.explanation().source().document()).isEqualTo("中华人民共和国农村集体经济组织法");
  }

  @Test
  void aFoundingMemberIsAMember() {
    Dossier d = dossier("2025-06-01", founder("father", Sex.MALE));
    assertDecision(decide(d, "father"), MembershipStatus.MEMBER, "membership.founding", "第十一条");
  }

  @Test
  void aMembersNewbornIsAMember() {
    Dossier d = dossier("2025-06-01", founder("father", Sex.MALE),
        person("baby", "2025-05-20", Sex.FEMALE, true, List.of("father")));
    assertDecision(decide(d, "baby"), MembershipStatus.MEMBER, "membership.birth", "第十二条");
    assertThat(decide(d, "baby").explanation().inputs())
        .containsEntry("parentsInOrganizationAtBirth", "father MEMBER");
  }

  @Test
  void aChildOfParentsWhoAreNotMembersIsLeftToTheAssembly() {
    Dossier d = dossier("2025-06-01",
        person("mother", "1990-01-01", Sex.FEMALE, true, List.of(), event(HUKOU_IN, "2015-01-01")),
        person("child", "2020-01-01", Sex.MALE, true, List.of("mother")));
    assertThat(decide(d, "mother").status()).isEqualTo(MembershipStatus.PENDING);
    assertDecision(decide(d, "child"), MembershipStatus.PENDING, "membership.pendingAssembly",
        "第十二条");
  }

  @Test
  void anOutMarriedWomanNotAMemberElsewhereKeepsHerMembership() {
    Dossier d = dossier("2025-06-01", person("daughter", "1995-02-01", Sex.FEMALE, false,
        List.of(), event(MARRIAGE_OUT, "2020-10-01"), event(HUKOU_OUT, "2020-11-01")));
    Member m = decide(d, "daughter");
    assertDecision(m, MembershipStatus.MEMBER, "membership.kept", "第十八条");
    assertThat(m.explanation().inputs().get("keptThrough")).contains("MARRIAGE_OUT 2020-10-01");
  }

  @Test
  void anOutMarriedWomanWhoBecameAMemberElsewhereLosesMembership() {
    Dossier d = dossier("2025-06-01", person("daughter", "1995-02-01", Sex.FEMALE, false,
        List.of(), event(MARRIAGE_OUT, "2020-10-01"), event(HUKOU_OUT, "2020-11-01"),
        event(MEMBER_ELSEWHERE, "2021-01-01")));
    assertDecision(decide(d, "daughter"), MembershipStatus.NOT_MEMBER,
        "membership.memberElsewhere", "第十七条");
  }

  @Test
  void aContractCivilServantKeepsMembership() {
    Dossier d = dossier("2025-06-01", person("son", "1990-04-01", Sex.MALE, true, List.of(),
        event(CONTRACT_CIVIL_SERVANT, "2022-03-01")));
    assertDecision(decide(d, "son"), MembershipStatus.MEMBER, "membership.keptContract",
        "第十七条");
  }

  @Test
  void anOrdinaryCivilServantLosesMembership() {
    Dossier d = dossier("2025-06-01", person("son", "1990-04-01", Sex.MALE, true, List.of(),
        event(CIVIL_SERVANT, "2022-03-01")));
    assertDecision(decide(d, "son"), MembershipStatus.NOT_MEMBER, "membership.civilServant",
        "第十七条");
  }

  @Test
  void aStudentAwayAtUniversityKeepsMembership() {
    Dossier d = dossier("2025-06-01", person("student", "2005-09-01", Sex.FEMALE, false,
        List.of(), event(STUDY, "2023-09-01"), event(HUKOU_OUT, "2023-09-05")));
    assertDecision(decide(d, "student"), MembershipStatus.MEMBER, "membership.kept", "第十八条");
  }

  @Test
  void deathEndsMembership() {
    Dossier d = dossier("2025-06-01", person("grandpa", "1940-01-01", Sex.MALE, true, List.of(),
        event(DEATH, "2024-12-01")));
    assertDecision(decide(d, "grandpa"), MembershipStatus.NOT_MEMBER, "membership.death",
        "第十七条");
  }

  @Test
  void approvedVoluntaryWithdrawalEndsMembership() {
    Dossier d = dossier("2025-06-01", person("son", "1980-01-01", Sex.MALE, true, List.of(),
        event(VOLUNTARY_WITHDRAWAL, "2025-05-10")));
    assertDecision(decide(d, "son"), MembershipStatus.NOT_MEMBER,
        "membership.voluntaryWithdrawal", "第十六条");
  }

  @Test
  void marryingInMakesAMember() {
    Dossier d = dossier("2025-06-01", founder("husband", Sex.MALE),
        person("wife", "1992-06-01", Sex.FEMALE, true, List.of(),
            event(HUKOU_IN, "2018-05-01"), event(MARRIAGE_IN, "2018-05-01")));
    assertDecision(decide(d, "wife"), MembershipStatus.MEMBER, "membership.marriage", "第十二条");
  }

  @Test
  void marryingInWhileAMemberElsewhereDoesNotMakeAMember() {
    Dossier d = dossier("2025-06-01", person("wife", "1992-06-01", Sex.FEMALE, false, List.of(),
        event(MEMBER_ELSEWHERE, "1992-06-01"), event(MARRIAGE_IN, "2018-05-01")));
    assertDecision(decide(d, "wife"), MembershipStatus.NOT_MEMBER,
        "membership.joinedWhileMemberElsewhere", "第十七条");
  }

  @Test
  void anAssemblyAdmissionMakesAMemberOfSomeoneWhoMovedIn() {
    Dossier d = dossier("2025-06-01", person("newcomer", "1985-01-01", Sex.MALE, true, List.of(),
        event(HUKOU_IN, "2010-01-01"), event(ASSEMBLY_ADMISSION, "2012-01-01")));
    assertDecision(decide(d, "newcomer"), MembershipStatus.MEMBER, "membership.assemblyAdmission",
        "第十二条");
  }

  @Test
  void someoneWhoOnlyMovedTheirHukouInIsLeftToTheAssembly() {
    Dossier d = dossier("2025-06-01", person("newcomer", "1985-01-01", Sex.MALE, true, List.of(),
        event(HUKOU_IN, "2010-01-01")));
    assertDecision(decide(d, "newcomer"), MembershipStatus.PENDING, "membership.pendingAssembly",
        "第十二条");
  }

  @Test
  void someoneWithNoTieToTheCollectiveIsNotAMember() {
    Dossier d = dossier("2025-06-01", person("tenant", "1985-01-01", Sex.MALE, false, List.of()));
    assertDecision(decide(d, "tenant"), MembershipStatus.NOT_MEMBER, "membership.noBasis",
        "第十一条");
  }

  @Test
  void theSameDossierDecidedEitherSideOfTheLawNamesEachVersion() {
    Dossier d = dossier("2025-06-01", founder("father", Sex.MALE));
    Member before = engine.decide(d, "father", LocalDate.of(2025, 4, 30));
    Member after = engine.decide(d, "father", LocalDate.of(2025, 5, 1));
    assertThat(before.explanation().version()).isEqualTo(MunicipalDefaultPolicy.MEMBERSHIP_2006);
    assertThat(before.explanation().source().document()).contains("粤府令第109号");
    assertThat(after.explanation().version()).isEqualTo(MunicipalDefaultPolicy.MEMBERSHIP_2025);
    assertThat(before.asOf()).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @Test
  void aParentIsDecidedOnTheDayOfTheBirthUnderTheVersionThenInForce() {
    // the father died after the birth: the child was still born to a member
    Dossier d = dossier("2025-06-01",
        person("father", "1960-01-01", Sex.MALE, true, List.of(), event(DEATH, "2010-01-01")),
        person("child", "2000-01-01", Sex.MALE, true, List.of("father")));
    assertThat(decide(d, "father").status()).isEqualTo(MembershipStatus.NOT_MEMBER);
    assertDecision(decide(d, "child"), MembershipStatus.MEMBER, "membership.birth", "第十二条");
  }

  @Test
  void refusesParentsThatGoRoundInACircle() {
    Dossier d = dossier("2025-06-01",
        person("a", "1980-01-01", Sex.MALE, true, List.of("b")),
        person("b", "1980-01-01", Sex.MALE, true, List.of("a")));
    assertThatThrownBy(() -> engine.decide(d))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              // a on 2025-06-01 asks b on a's birth, b asks a on b's, a asks b again: b closes it
              assertThat(v.path()).isEqualTo("$.persons[1].parentIds");
              assertThat(v.problem()).contains("circle");
            }));
  }

  @Test
  void listsPersonsWithoutAnOrganizationApart() {
    Dossier d = dossier("2025-06-01", founder("father", Sex.MALE));
    MembershipDecisions all = engine.decide(d);
    assertThat(all.decisions()).hasSize(1);
    assertThat(all.withoutOrganization()).isEmpty();
    assertThat(all.date()).isEqualTo(d.asOf());
  }
}
