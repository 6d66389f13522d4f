package org.cungaiju.reform.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.core.data.BuiltInData;

/** Properties every generated dossier has, over many seeds, sizes and options. */
class DossierGeneratorTest {

  @Provide
  Arbitrary<GeneratorOptions> options() {
    Arbitrary<GeneratorOptions.Builder> sized = Combinators.combine(
        Arbitraries.longs(),
        Arbitraries.of(County.PENGJIANG, County.JIANGHAI, County.XINHUI, County.TAISHAN,
            County.KAIPING, County.HESHAN, County.ENPING),
        Arbitraries.integers().between(1, 400),
        Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(0, 60))
        .as((seed, county, households, groups, units, nonHukou) -> GeneratorOptions.builder()
            .seed(seed).county(county).households(households).groups(groups)
            .gridUnits(units).nonHukouPercent(nonHukou));
    return Combinators.combine(sized,
        Arbitraries.of(LocalDate.of(2000, 6, 30), LocalDate.of(2019, 1, 1),
            LocalDate.of(2025, 12, 31), LocalDate.of(2031, 3, 15)),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((b, asOf, registers, lossYear, ledger) -> b.asOf(asOf).registers(registers)
            .finances(true).lossYear(lossYear).ledger(ledger).dedicatedGrids(true).build());
  }

  @Property(tries = 40)
  void everyDossierPassesTheDossiersOwnChecks(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    assertThat(Dossier.check(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
        d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(), d.services()))
        .isEmpty();
    assertThat(d.households()).hasSize(options.households());
    assertThat(d.gridUnits()).hasSize(options.gridUnits());
    assertThat(d.county()).isEqualTo(options.county());
    assertThat(d.asOf()).isEqualTo(options.asOf());
  }

  @Property(tries = 15)
  void theSameOptionsMakeTheSameDossier(@ForAll("options") GeneratorOptions options) {
    assertThat(DossierGenerator.generate(options)).isEqualTo(DossierGenerator.generate(options));
  }

  @Property(tries = 15)
  void anotherSeedMakesAnotherDossier(@ForAll("options") GeneratorOptions options) {
    Dossier one = DossierGenerator.generate(options);
    Dossier other = DossierGenerator.generate(options.withSeed(options.seed() + 1));
    assertThat(other.persons()).isNotEqualTo(one.persons());
  }

  @Property(tries = 30)
  void residentIdsAreValidUniqueAndAgreeWithThePerson(
      @ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    Set<String> seen = new HashSet<>();
    for (Person p : d.persons()) {
      String id = p.residentId().value();
      assertThat(ResidentId.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
      assertThat(ResidentId.parse(id, d.asOf())).isEqualTo(p.residentId());
      assertThat(seen.add(id)).as("unique resident id").isTrue();
    }
  }

  @Property(tries = 30)
  void creditCodesAreValidAtTheirLevel(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    long villages = d.organizations().stream()
        .filter(o -> o.level() == OrganizationLevel.VILLAGE).count();
    assertThat(villages).isEqualTo(1);
    assertThat(d.organizations()).hasSize(options.groups() + 1);
    for (CollectiveOrganization o : d.organizations()) {
      String code = o.creditCode().value();
      assertThat(code).startsWith(o.level() == OrganizationLevel.VILLAGE ? "N2" : "N1");
      assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
      assertThat(CreditCode.organizationCheckCharacter(code.substring(8, 16)))
          .isEqualTo(code.charAt(16));
      assertThat(o.creditCode().divisionCode()).isEqualTo(options.county().divisionCode());
      assertThat(o.parentId().isPresent()).isEqualTo(o.level() == OrganizationLevel.GROUP);
    }
  }

  @Property(tries = 30)
  void theCommunityIsAResidentsCommitteeInTheCounty(
      @ForAll("options") GeneratorOptions options) {
    DivisionCode code = DossierGenerator.generate(options).community().divisionCode();
    assertThat(code.level()).isEqualTo(DivisionCode.Level.COMMUNITY);
    assertThat(code.committee()).contains(DivisionCode.Committee.RESIDENTS);
    assertThat(code.isWithin(options.county().divisionCode())).isTrue();
  }

  @Property(tries = 30)
  void eventsLieBetweenBirthAndDeathAndTheDossiersDate(
      @ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    for (Person p : d.persons()) {
      for (PersonEvent e : p.events()) {
        assertThat(e.date()).as("%s of %s", e.type(), p.id())
            .isAfterOrEqualTo(p.birthDate()).isBeforeOrEqualTo(d.asOf());
      }
      p.firstEvent(PersonEventType.DEATH, d.asOf()).ifPresent(death -> {
        assertThat(p.events()).allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(death.date()));
        assertThat(p.registered()).isFalse();
        assertThat(p.resident()).isFalse();
      });
      for (PersonEventType marriage
          : new PersonEventType[] {PersonEventType.MARRIAGE_IN, PersonEventType.MARRIAGE_OUT}) {
        p.firstEvent(marriage, d.asOf()).ifPresent(m ->
            assertThat(p.ageOn(m.date())).as("age at %s of %s", marriage, p.id())
                .isGreaterThanOrEqualTo(20));
      }
    }
  }

  @Property(tries = 30)
  void parentsWereAdultsWhenTheirChildrenWereBorn(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    Map<String, Person> byId = d.personsById();
    for (Person child : d.persons()) {
      Set<Sex> sexes = new HashSet<>();
      for (String parentId : child.parentIds()) {
        Person parent = byId.get(parentId);
        assertThat(parent.ageOn(child.birthDate())).as("parent %s of %s", parentId, child.id())
            .isGreaterThanOrEqualTo(parent.sex() == Sex.FEMALE ? 20 : 18);
        assertThat(parent.isDeadOn(child.birthDate().minusDays(1))).isFalse();
        assertThat(sexes.add(parent.sex())).as("one father and one mother").isTrue();
      }
    }
  }

  @Property(tries = 30)
  void householdsHaveALivingHeadAndCountsAddUp(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    Map<String, Person> byId = d.personsById();
    for (Household h : d.households()) {
      Person head = byId.get(h.headId());
      assertThat(head.isDeadOn(d.asOf())).as("head of %s is dead", h.id()).isFalse();
      assertThat(head.registered() || head.resident()).as("head of %s lives elsewhere", h.id())
          .isTrue();
      assertThat(h.memberIds().get(0)).isEqualTo(h.headId());
    }
    assertThat(d.community().households()).isEqualTo(d.households().size());
    assertThat(d.community().registeredPopulation())
        .isEqualTo(d.persons().stream().filter(Person::registered).count());
    assertThat(d.community().residentPopulation())
        .isEqualTo(d.persons().stream().filter(Person::resident).count());
    if (!d.gridUnits().isEmpty()) {
      assertThat(d.gridUnits().stream().mapToInt(GridUnit::households).sum())
          .isEqualTo(d.community().households());
      assertThat(d.gridUnits().stream().mapToInt(GridUnit::residents).sum())
          .isEqualTo(d.community().residentPopulation());
    }
  }

  @Property(tries = 30)
  void nonHukouResidentsLiveHereWithoutRegistrationOrOrganization(
      @ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    for (Person p : d.persons()) {
      if (p.resident() && !p.registered()) {
        assertThat(p.organizationId()).as("organization of %s", p.id()).isEmpty();
        assertThat(p.firstEvent(PersonEventType.RESIDENCE_START, d.asOf())).isPresent();
      }
      if (p.organizationId().isEmpty()) {
        assertThat(p.registered()).isFalse();
      }
    }
  }

  @Property(tries = 30)
  void gridUnitsFormOneConnectedLatticeWithSymmetricAdjacency(
      @ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    Map<String, GridUnit> units = d.gridUnitsById();
    if (units.isEmpty()) {
      return;
    }
    for (GridUnit u : units.values()) {
      assertThat(u.location()).isPresent();
      for (String n : u.adjacent()) {
        GridUnit other = units.get(n);
        assertThat(other.adjacent()).contains(u.id());
        long dx = Math.abs(other.location().get().x() - u.location().get().x());
        long dy = Math.abs(other.location().get().y() - u.location().get().y());
        assertThat(dx == 0 ^ dy == 0).as("neighbours share a side: %s %s", u.id(), n).isTrue();
      }
      assertThat(u.workload()).containsKeys("rentalRooms", "elderlyAlone", "shops",
          "specialCare");
    }
    Set<String> reached = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(d.gridUnits().get(0).id());
    reached.add(d.gridUnits().get(0).id());
    while (!queue.isEmpty()) {
      for (String n : units.get(queue.poll()).adjacent()) {
        if (reached.add(n)) {
          queue.add(n);
        }
      }
    }
    assertThat(reached).hasSize(units.size());
    Set<Long> points = d.gridUnits().stream()
        .map(u -> u.location().get().x() * 1_000_003 + u.location().get().y())
        .collect(Collectors.toSet());
    assertThat(points).as("one unit per lattice point").hasSize(units.size());
  }

  @Property(tries = 30)
  void peopleBornInXinhuiCarryTheCodeInUseWhenIdsWereIssued(
      @ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options.toBuilder().county(County.XINHUI).build());
    for (Person p : d.persons()) {
      int issued = Math.max(p.birthDate().getYear(), 1984);
      String expected = issued < 1992 ? "440721" : issued < 1994 ? "449006"
          : issued < 2002 ? "440782" : "440705";
      String code = p.residentId().addressCode();
      if (Set.of("440721", "449006", "440782", "440705").contains(code)) {
        assertThat(code).as("address code of someone born %s", p.birthDate())
            .isEqualTo(expected);
      }
    }
  }

  @Property(tries = 30)
  void ledgerEntriesFollowTheKeyTasks(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    Map<String, LedgerEntry> byId = d.ledger().stream()
        .collect(Collectors.toMap(LedgerEntry::id, Function.identity()));
    for (LedgerEntry e : d.ledger()) {
      KeyTask task = BuiltInData.keyTask(e.taskNumber());
      assertThat(task.leadDepartments()).contains(e.department());
      assertThat(e.date()).isAfterOrEqualTo(LocalDate.of(2022, 7, 14));
      e.supersedes().ifPresent(s -> {
        assertThat(byId.get(s).taskNumber()).isEqualTo(e.taskNumber());
        assertThat(byId.get(s).date()).isBeforeOrEqualTo(e.date());
      });
    }
    if (!options.ledger() || options.asOf().isBefore(LocalDate.of(2022, 8, 13))) {
      assertThat(d.ledger()).isEmpty();
    } else {
      assertThat(d.ledger()).extracting(LedgerEntry::taskNumber).as("every key task reported")
          .containsAll(BuiltInData.keyTasks().stream().map(KeyTask::number).toList());
    }
  }

  @Property(tries = 30)
  void financesGiveEveryOrganizationTheYearBefore(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    assertThat(d.finances()).hasSize(d.organizations().size());
    assertThat(d.finances()).allSatisfy(f -> assertThat(f.year())
        .isEqualTo(options.asOf().getYear() - 1));
    long losses = d.finances().stream().filter(f -> f.distributableIncome().isNegative()).count();
    assertThat(losses).isEqualTo(options.lossYear() ? 1 : 0);
  }

  @Property(tries = 30)
  void registersHoldTheOrganizationsOwnPersonsAndAFifthMoreAsCollectiveShares(
      @ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    Map<String, Person> byId = d.personsById();
    for (ShareRegister r : d.registers()) {
      assertThat(r.asOf()).isBefore(d.asOf());
      long personal = 0;
      long collective = 0;
      for (Holding h : r.holdings()) {
        if (h.holderId().equals(r.organizationId())) {
          assertThat(h.shareClassId()).isEqualTo("collective");
          collective += h.shares();
        } else {
          Person holder = byId.get(h.holderId());
          assertThat(holder.organizationId()).contains(r.organizationId());
          assertThat(holder.birthDate()).isBeforeOrEqualTo(r.asOf());
          personal += h.shares();
        }
      }
      assertThat(collective).isEqualTo(personal / 5);
    }
    if (!options.registers()) {
      assertThat(d.registers()).isEmpty();
    }
  }
}
