package org.cungaiju.reform.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.id.County;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample's preset makes what the sample must hold. */
class XinhuiSampleTest {

  private static Dossier sample;

  @BeforeAll
  static void generate() {
    sample = DossierGenerator.generate(GeneratorOptions.xinhuiSample());
  }

  private static boolean has(Person p, PersonEventType type) {
    return p.firstEvent(type, sample.asOf()).isPresent();
  }

  @Test
  void isACommunityInXinhuiAsOfTheEndOf2025() {
    assertThat(sample.county()).isEqualTo(County.XINHUI);
    assertThat(sample.community().divisionCode().value()).startsWith("440705");
    assertThat(sample.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void isLargeEnoughForSeveralGrids() {
    assertThat(sample.households()).hasSizeGreaterThanOrEqualTo(1_500);
    assertThat(sample.persons()).hasSizeGreaterThanOrEqualTo(4_000);
    assertThat(sample.gridUnits()).hasSizeGreaterThanOrEqualTo(120);
    assertThat(sample.gridUnits()).allSatisfy(u -> {
      assertThat(u.location()).isPresent();
      assertThat(u.adjacent()).isNotEmpty();
    });
    assertThat(sample.dedicatedGrids()).extracting(g -> g.kind())
        .containsExactlyInAnyOrder(DedicatedGridKind.SCHOOL, DedicatedGridKind.PARK);
    assertThat(sample.gridUnits().stream().mapToInt(GridUnit::households).max().orElse(0))
        .isLessThan(500);
  }

  @Test
  void hasOneVillageLevelOrganizationWithGroupsUnderIt() {
    List<CollectiveOrganization> villages = sample.organizations().stream()
        .filter(o -> o.level() == OrganizationLevel.VILLAGE).toList();
    assertThat(villages).hasSize(1);
    long groups = sample.organizations().stream()
        .filter(o -> o.parentId().equals(java.util.Optional.of(villages.get(0).id()))).count();
    assertThat(groups).isGreaterThanOrEqualTo(2);
  }

  @Test
  void carriesXinhuisFormerCodesInTheIdsOfItsOlderNatives() {
    Set<String> codes = sample.persons().stream().map(p -> p.residentId().addressCode())
        .collect(Collectors.toSet());
    assertThat(codes).contains("440721", "440782", "440705");
    assertThat(codes).as("non-hukou residents from other provinces")
        .anyMatch(c -> !c.startsWith("44"));
  }

  @Test
  void hasCompoundSurnamesAtASmallRate() {
    long compound = sample.persons().stream()
        .filter(p -> p.name().surname().length() == 2).count();
    assertThat(compound).isPositive();
    assertThat(compound * 100).isLessThan(3L * sample.persons().size());
  }

  @Test
  void exercisesTheMembershipRules() {
    Set<PersonEventType> seen = EnumSet.noneOf(PersonEventType.class);
    sample.persons().forEach(p -> p.events().forEach(e -> seen.add(e.type())));
    assertThat(seen).contains(PersonEventType.MARRIAGE_IN, PersonEventType.MARRIAGE_OUT,
        PersonEventType.STUDY, PersonEventType.ARMY_SERVICE, PersonEventType.MIGRANT_WORK,
        PersonEventType.DEATH, PersonEventType.CIVIL_SERVANT,
        PersonEventType.CONTRACT_CIVIL_SERVANT, PersonEventType.MEMBER_ELSEWHERE,
        PersonEventType.HUKOU_IN, PersonEventType.FARMING_START, PersonEventType.FARMING_END,
        PersonEventType.LABOUR_START, PersonEventType.LABOUR_END,
        PersonEventType.PARTY_MEMBERSHIP, PersonEventType.RESIDENCE_PERMIT,
        PersonEventType.CREDIT_DISCIPLINE, PersonEventType.CRIMINAL_CONVICTION,
        PersonEventType.ADOPTION, PersonEventType.WIDOWHOOD);
  }

  @Test
  void hasOutMarriedWomenWhoKeptTheirRegistration() {
    List<Person> kept = sample.persons().stream()
        .filter(p -> has(p, PersonEventType.MARRIAGE_OUT) && p.registered()).toList();
    assertThat(kept).isNotEmpty();
    assertThat(kept).anyMatch(p -> has(p, PersonEventType.MEMBER_ELSEWHERE));
    assertThat(kept).anyMatch(p -> !has(p, PersonEventType.MEMBER_ELSEWHERE));
  }

  @Test
  void hasLateArrivalsForACountyCutOff() {
    assertThat(sample.persons()).anyMatch(p -> p.events().stream().anyMatch(
        e -> e.type() == PersonEventType.HUKOU_IN && e.date().getYear() >= 2015
            && !has(p, PersonEventType.MARRIAGE_IN)));
  }

  @Test
  void hasChildrenBornToMembersWithBothParentsListed() {
    Map<String, Person> byId = sample.personsById();
    assertThat(sample.persons()).anyMatch(p -> p.parentIds().size() == 2
        && p.parentIds().stream().allMatch(id -> byId.get(id).organizationId()
            .equals(p.organizationId())));
  }

  @Test
  void hasNonHukouResidentsForTheTwoCommitteesPilot() {
    List<Person> nonHukou = sample.persons().stream()
        .filter(p -> p.resident() && !p.registered()).toList();
    assertThat(nonHukou).isNotEmpty();
    assertThat(nonHukou).allSatisfy(p -> assertThat(p.organizationId()).isEmpty());
    assertThat(nonHukou).anyMatch(p -> has(p, PersonEventType.PARTY_MEMBERSHIP)
        && !has(p, PersonEventType.CREDIT_DISCIPLINE));
    assertThat(nonHukou).anyMatch(p -> has(p, PersonEventType.CREDIT_DISCIPLINE));
    assertThat(nonHukou).anyMatch(p -> has(p, PersonEventType.CRIMINAL_CONVICTION));
    assertThat(nonHukou).anyMatch(p -> has(p, PersonEventType.RESIDENCE_PERMIT));
  }

  @Test
  void hasAYearsFinancesWithOneLoss() {
    assertThat(sample.finances()).hasSize(sample.organizations().size());
    assertThat(sample.finances()).filteredOn(f -> f.distributableIncome().isNegative())
        .hasSize(1);
    assertThat(sample.finances()).filteredOn(f -> !f.distributableIncome().isNegative())
        .allSatisfy(f -> assertThat(f.distributableIncome().fen())
            .isBetween(100_000_00L, 100_000_000_00L));
  }

  @Test
  void hasRegistersAndLedger() {
    assertThat(sample.registers()).isNotEmpty();
    assertThat(sample.registers()).allSatisfy(r -> assertThat(r.totalShares()).isPositive());
    assertThat(sample.ledger()).extracting(e -> e.taskNumber()).contains(1, 5, 10);
    assertThat(sample.ledger()).anyMatch(e -> e.supersedes().isPresent());
  }
}
