package org.cungaiju.reform.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;
import static org.cungaiju.reform.api.TestValues.residentId;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;
import org.junit.jupiter.api.Test;

/** Dossier's cross-reference checks and FinancialYear. */
class DossierTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The parts of a small valid dossier in 新会区, each list open to a test's changes. */
  private static final class Parts {
    int schemaVersion = Dossier.SCHEMA_VERSION;
    County county = County.XINHUI;
    Community community = community("440705001001");
    final List<CollectiveOrganization> organizations = new ArrayList<>(List.of(
        organization("v1", OrganizationLevel.VILLAGE, null, "N2440705", "MF123456"),
        organization("g1", OrganizationLevel.GROUP, "v1", "N1440705", "12345678"),
        organization("g2", OrganizationLevel.GROUP, "v1", "N1440705", "87654321")));
    final List<Person> persons = new ArrayList<>(List.of(
        person("p1", LocalDate.of(1960, 3, 15), 11, "h1"),
        person("p2", LocalDate.of(1962, 7, 20), 22, "h1"),
        person("p3", LocalDate.of(1990, 1, 1), 31, "h1", "p1", "p2"),
        person("p4", LocalDate.of(1985, 11, 2), 41, "h2")));
    final List<Household> households = new ArrayList<>(List.of(
        new Household("h1", "p1", ImmutableList.of("p1", "p2", "p3")),
        new Household("h2", "p4", ImmutableList.of("p4"))));
    final List<ShareRegister> registers = new ArrayList<>(List.of(register("v1",
        LocalDate.of(2022, 12, 31), new Holding("p1", "population", 1),
        new Holding("p2", "population", 1), new Holding("p3", "population", 1),
        new Holding("p4", "population", 1), new Holding("v1", "collective", 4))));
    final List<FinancialYear> finances = new ArrayList<>(List.of(
        new FinancialYear("v1", 2024, Money.parse("1234567.89"))));
    final List<GridUnit> gridUnits = new ArrayList<>(List.of(
        unit("u1", "u2"), unit("u2", "u1", "u3"), unit("u3", "u2")));
    final List<DedicatedGrid> dedicatedGrids = new ArrayList<>(List.of(
        new DedicatedGrid("d1", "示例小学", DedicatedGridKind.SCHOOL, ImmutableList.of("u3"))));
    final List<LedgerEntry> ledger = new ArrayList<>(List.of(
        entry("e1", LocalDate.of(2025, 3, 31), null),
        entry("e2", LocalDate.of(2025, 6, 30), "e1")));
    final List<String> voterRoll = new ArrayList<>(List.of("p1", "p2", "p4"));
    final List<Appointment> appointments = new ArrayList<>(List.of(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p1", Office.RESIDENTS_COMMITTEE_DIRECTOR),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1"),
        Appointment.of("p2", Office.COLLECTIVE_HEAD, "g1")));
    final List<RetainedLand> retainedLand = new ArrayList<>(List.of(
        new RetainedLand("v1", Weight.parse("20000"), Weight.parse("800.5"))));
    final List<HomesteadWithdrawal> withdrawals = new ArrayList<>(List.of(
        new HomesteadWithdrawal("w1", "h2", "g1", Weight.of(90), LocalDate.of(2025, 5, 1))));

    Governance governance() {
      return new Governance(ImmutableList.copyOf(voterRoll), ImmutableList.copyOf(appointments),
          ImmutableList.of(new SeparationFact(SeparationFactKind.SEPARATE_ACCOUNTS, true,
              "分设账户")));
    }

    Land land() {
      return new Land(ImmutableList.copyOf(retainedLand), ImmutableList.copyOf(withdrawals));
    }

    static PublicServices services() {
      return new PublicServices(ImmutableList.of(new SchoolPlaces(SchoolStage.PRIMARY, 60)));
    }

    Dossier build() {
      if (schemaVersion != Dossier.SCHEMA_VERSION) {
        return new Dossier(schemaVersion, AS_OF, county, community,
            ImmutableList.copyOf(organizations), ImmutableList.copyOf(persons),
            ImmutableList.copyOf(households), ImmutableList.copyOf(registers),
            ImmutableList.copyOf(finances), ImmutableList.copyOf(gridUnits),
            ImmutableList.copyOf(dedicatedGrids), ImmutableList.copyOf(ledger),
            Optional.of(governance()), Optional.of(land()), Optional.of(services()));
      }
      return Dossier.builder().asOf(AS_OF).county(county).community(community)
          .addOrganizations(organizations).addPersons(persons).addHouseholds(households)
          .addRegisters(registers).addFinances(finances).addGridUnits(gridUnits)
          .addDedicatedGrids(dedicatedGrids).addLedger(ledger).governance(governance())
          .land(land()).services(services()).build();
    }
  }

  private static Community community(String code) {
    return new Community("c1", "江门市新会区示例社区", DivisionCode.parse(code), "会城街道", 10, 12, 2);
  }

  private static CollectiveOrganization organization(String id, OrganizationLevel level,
      String parent, String first8, String body) {
    return new CollectiveOrganization(id, "示例" + level.chineseName(), level,
        Optional.ofNullable(parent), CreditCode.parse(TestValues.creditCode(first8, body)), true,
        false, Charter.DEFAULT);
  }

  /** A person of v1 whose id is issued in 新会区; an odd sequence makes a man. */
  private static Person person(String id, LocalDate born, int sequence, String household,
      String... parents) {
    ResidentId rid = new ResidentId(residentId("440705", born, sequence));
    return new Person(id, rid, PersonName.of("司徒明"), rid.sex(), born, household,
        Optional.of("v1"), ImmutableList.copyOf(parents), true, true, ImmutableList.of());
  }

  private static Person withEvent(Person p, PersonEvent e) {
    return new Person(p.id(), p.residentId(), p.name(), p.sex(), p.birthDate(), p.householdId(),
        p.organizationId(), p.parentIds(), p.registered(), p.resident(), ImmutableList.of(e));
  }

  private static ShareRegister register(String org, LocalDate asOf, Holding... holdings) {
    return new ShareRegister(org, asOf, ImmutableList.of(
        ShareClass.of("population", ShareClassKind.POPULATION),
        ShareClass.of("collective", ShareClassKind.COLLECTIVE)), ImmutableList.copyOf(holdings));
  }

  private static GridUnit unit(String id, String... adjacent) {
    return new GridUnit(id, "楼" + id, 10, 30, ImmutableSortedMap.of("rentalRooms", 2L),
        ImmutableSortedSet.copyOf(adjacent), Optional.empty());
  }

  private static LedgerEntry entry(String id, LocalDate date, String supersedes) {
    return new LedgerEntry(id, date, 1, Department.of("市自然资源局"), TaskStatus.IN_PROGRESS,
        "已完成调查摸底", Optional.empty(), Optional.ofNullable(supersedes));
  }

  /** The violations of the small dossier after {@code change}, which must be refused. */
  private static List<Violation> violationsAfter(Consumer<Parts> change) {
    Parts parts = new Parts();
    change.accept(parts);
    InvalidInputException e = refused(parts::build);
    assertThat(Dossier.check(parts.schemaVersion, AS_OF, parts.county, parts.community,
        parts.organizations, parts.persons, parts.households, parts.registers, parts.finances,
        parts.gridUnits, parts.dedicatedGrids, parts.ledger, Optional.of(parts.governance()),
        Optional.of(parts.land()), Optional.of(Parts.services()))).isEqualTo(e.violations());
    return e.violations();
  }

  private static Violation onlyViolationAfter(Consumer<Parts> change) {
    List<Violation> violations = violationsAfter(change);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void buildsFromPartsThatFitTogether() {
    Dossier d = new Parts().build();
    assertThat(d.schemaVersion()).isEqualTo(1);
    assertThat(d.personsById().keySet()).containsExactly("p1", "p2", "p3", "p4");
    assertThat(d.householdsById().get("h1").memberIds()).containsExactly("p1", "p2", "p3");
    assertThat(d.organizationsById().get("g1").parentId()).contains("v1");
    assertThat(d.gridUnitsById()).containsOnlyKeys("u1", "u2", "u3");
    assertThat(d.governance().orElseThrow().voterRoll()).containsExactly("p1", "p2", "p4");
    assertThat(d.land().orElseThrow().retainedLand()).hasSize(1);
    assertThat(d.services()).contains(Parts.services());
    assertThat(new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
        d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(), d.services()))
        .isEqualTo(d);
  }

  @Test
  void aDossierWithoutTheNewSectionsLeavesThemEmpty() {
    Dossier d = new Parts().build();
    Dossier without = new Dossier(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
        d.gridUnits(), d.dedicatedGrids(), d.ledger());
    assertThat(without.governance()).isEmpty();
    assertThat(without.land()).isEmpty();
    assertThat(without.services()).isEmpty();
    assertThat(Dossier.check(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
        d.gridUnits(), d.dedicatedGrids(), d.ledger())).isEmpty();
  }

  @Test
  void refusesBrokenGovernanceReferences() {
    assertThat(pathAndProblem(p -> p.voterRoll.add("p9")))
        .isEqualTo("governance.voterRoll[3]: names no person in the dossier");
    assertThat(pathAndProblem(p -> p.appointments.add(
        Appointment.of("p9", Office.PARTY_COMMITTEE_MEMBER))))
        .isEqualTo("governance.appointments[4].personId: names no person in the dossier");
    assertThat(pathAndProblem(p -> p.appointments.add(
        Appointment.of("p3", Office.COLLECTIVE_BOARD_MEMBER, "v9"))))
        .isEqualTo("governance.appointments[4].organizationId: names no organization in the "
            + "dossier");
    assertThat(pathAndProblem(p -> p.appointments.add(
        Appointment.of("p4", Office.PARTY_SECRETARY))))
        .isEqualTo("governance.appointments[4].office: is already held by p1");
    assertThat(pathAndProblem(p -> p.appointments.add(
        Appointment.of("p3", Office.COLLECTIVE_HEAD, "v1"))))
        .isEqualTo("governance.appointments[4].office: is already held by p1 in v1");
  }

  @Test
  void aLeadingOfficeMayHaveOneHolderInEachOrganizationAndMembersMany() {
    Parts p = new Parts();
    p.appointments.add(Appointment.of("p3", Office.COLLECTIVE_HEAD, "g2"));
    p.appointments.add(Appointment.of("p3", Office.RESIDENTS_COMMITTEE_MEMBER));
    p.appointments.add(Appointment.of("p4", Office.RESIDENTS_COMMITTEE_MEMBER));
    assertThat(p.build().governance().orElseThrow().appointments()).hasSize(7);
  }

  @Test
  void refusesBrokenLandReferences() {
    assertThat(pathAndProblem(p -> p.retainedLand.add(
        new RetainedLand("v9", Weight.ONE, Weight.ZERO))))
        .isEqualTo("land.retainedLand[1].organizationId: names no organization in the dossier");
    assertThat(pathAndProblem(p -> p.retainedLand.add(
        new RetainedLand("v1", Weight.ONE, Weight.ZERO))))
        .isEqualTo("land.retainedLand[1].organizationId: has a retained-land record already");
    assertThat(pathAndProblem(p -> p.withdrawals.add(
        new HomesteadWithdrawal("w2", "h9", "g1", Weight.ONE, AS_OF))))
        .isEqualTo("land.homesteadWithdrawals[1].householdId: names no household in the dossier");
    assertThat(pathAndProblem(p -> p.withdrawals.add(
        new HomesteadWithdrawal("w2", "h2", "g1", Weight.ONE, AS_OF))))
        .isEqualTo("land.homesteadWithdrawals[1].householdId: has applied already in w1");
    assertThat(pathAndProblem(p -> p.withdrawals.add(
        new HomesteadWithdrawal("w1", "h1", "g1", Weight.ONE, AS_OF))))
        .isEqualTo("land.homesteadWithdrawals[1].id: is used twice");
    assertThat(pathAndProblem(p -> p.withdrawals.add(
        new HomesteadWithdrawal("w2", "h1", "g9", Weight.ONE, AS_OF))))
        .isEqualTo("land.homesteadWithdrawals[1].organizationId: names no organization in the "
            + "dossier");
    assertThat(pathAndProblem(p -> p.withdrawals.add(
        new HomesteadWithdrawal("w2", "h1", "g1", Weight.ONE, AS_OF.plusDays(1)))))
        .isEqualTo("land.homesteadWithdrawals[1].applied: is after the dossier's asOf 2025-06-30");
  }

  @Test
  void builderNeedsDateCountyAndCommunity() {
    assertThatThrownBy(() -> Dossier.builder().county(County.XINHUI)
        .community(community("440705001001")).build()).isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusesAnotherSchemaVersion() {
    Violation v = onlyViolationAfter(p -> p.schemaVersion = 2);
    assertThat(v.path()).isEqualTo("schemaVersion");
    assertThat(v.accepted()).isEqualTo("1");
  }

  @Test
  void refusesACommunityOutsideTheCounty() {
    Violation v = onlyViolationAfter(p -> p.community = community("440703001001"));
    assertThat(v.path()).isEqualTo("community.divisionCode");
    assertThat(v.problem()).contains("440705 新会区");
    assertThat(v.accepted()).isEqualTo("a code starting 440705");
  }

  @Test
  void refusesBrokenOrganizationReferences() {
    assertThat(onlyViolationAfter(p -> p.organizations.add(
        organization("g1", OrganizationLevel.GROUP, "v1", "N1440705", "11111111"))).path())
        .isEqualTo("organizations[3].id");
    Violation missing = onlyViolationAfter(p -> p.organizations.set(2,
        organization("g2", OrganizationLevel.GROUP, "v9", "N1440705", "87654321")));
    assertThat(missing.path()).isEqualTo("organizations[2].parentId");
    assertThat(missing.problem()).isEqualTo("names no organization in the dossier");
    Violation level = onlyViolationAfter(p -> p.organizations.set(2,
        organization("g2", OrganizationLevel.GROUP, "g1", "N1440705", "87654321")));
    assertThat(level.path()).isEqualTo("organizations[2].parentId");
    assertThat(level.problem()).contains("not directly above");
  }

  @Test
  void refusesBrokenPersonReferences() {
    Person stranger = person("p5", LocalDate.of(1970, 1, 1), 51, "h9");
    assertThat(pathAndProblem(p -> {
      p.persons.add(stranger);
    })).isEqualTo("persons[4].householdId: names no household in the dossier");
    assertThat(pathAndProblem(p -> p.persons.set(3,
        person("p4", LocalDate.of(1985, 11, 2), 41, "h1"))))
        // p4 now names h1, which does not list p4, while h2 still lists p4
        .isEqualTo("persons[3].householdId: names a household that does not list the person");
    assertThat(pathAndProblem(p -> p.persons.set(2,
        person("p3", LocalDate.of(1990, 1, 1), 31, "h1", "p1", "p9"))))
        .isEqualTo("persons[2].parentIds[1]: names no person in the dossier");
    Person elsewhere = new Person("p4", p4().residentId(), p4().name(), p4().sex(),
        p4().birthDate(), "h2", Optional.of("v9"), ImmutableList.of(), true, true,
        ImmutableList.of());
    assertThat(pathAndProblem(p -> p.persons.set(3, elsewhere)))
        .isEqualTo("persons[3].organizationId: names no organization in the dossier");
  }

  private static Person p4() {
    return new Parts().persons.get(3);
  }

  private static String pathAndProblem(Consumer<Parts> change) {
    Violation v = onlyViolationAfter(change);
    return v.path() + ": " + v.problem();
  }

  @Test
  void refusesDuplicatePersonsAndResidentIdsWithoutShowingTheId() {
    assertThat(pathAndProblem(p -> {
      p.persons.add(person("p4", LocalDate.of(1999, 9, 9), 91, "h2"));
      p.households.set(1, new Household("h2", "p4", ImmutableList.of("p4")));
    })).isEqualTo("persons[4].id: is used twice");
    Person twin = new Person("p5", p4().residentId(), PersonName.of("陈明"), p4().sex(),
        p4().birthDate(), "h2", Optional.empty(), ImmutableList.of(), true, true,
        ImmutableList.of());
    Violation v = onlyViolationAfter(p -> {
      p.persons.add(twin);
      p.households.set(1, new Household("h2", "p4", ImmutableList.of("p4", "p5")));
    });
    assertThat(v.path()).isEqualTo("persons[4].residentId");
    assertThat(v.value()).isEqualTo(p4().residentId().masked());
    assertThat(v.toString()).doesNotContain(p4().residentId().value());
  }

  @Test
  void refusesAnythingDatedAfterAsOf() {
    LocalDate tomorrow = AS_OF.plusDays(1);
    Person unborn = person("p5", tomorrow, 51, "h2");
    assertThat(pathAndProblem(p -> {
      p.persons.add(unborn);
      p.households.set(1, new Household("h2", "p4", ImmutableList.of("p4", "p5")));
    })).isEqualTo("persons[4].residentId: encodes a birth date after the dossier's asOf 2025-06-30");
    assertThat(pathAndProblem(p -> p.persons.set(3,
        withEvent(p4(), PersonEvent.of(PersonEventType.MIGRANT_WORK, tomorrow)))))
        .isEqualTo("persons[3].events[0].date: is after the dossier's asOf 2025-06-30");
    assertThat(pathAndProblem(p -> p.registers.set(0, register("v1", tomorrow))))
        .isEqualTo("registers[0].asOf: is after the dossier's asOf 2025-06-30");
    assertThat(pathAndProblem(p -> p.ledger.add(entry("e3", tomorrow, null))))
        .isEqualTo("ledger[2].date: is after the dossier's asOf 2025-06-30");
    assertThat(pathAndProblem(p -> p.finances.add(
        new FinancialYear("v1", 2026, Money.ZERO))))
        .isEqualTo("finances[1].year: is after the dossier's asOf 2025-06-30");
  }

  @Test
  void refusesBrokenHouseholdReferences() {
    assertThat(pathAndProblem(p -> p.households.set(1,
        new Household("h2", "p4", ImmutableList.of("p4", "p9")))))
        .isEqualTo("households[1].memberIds[1]: names no person in the dossier");
    assertThat(pathAndProblem(p -> p.households.set(1,
        new Household("h2", "p4", ImmutableList.of("p4", "p3")))))
        .isEqualTo("households[1].memberIds[1]: is already a member of household h1");
    // a second h1 listing p4 breaks two rules, and both are reported
    assertThat(violationsAfter(p -> p.households.add(
        new Household("h1", "p4", ImmutableList.of("p4"))))).extracting(Violation::toString)
        .containsExactly(
            "households[2].id: is used twice (value 'h1'); accepted: a unique id within households",
            "households[2].memberIds[0]: is already a member of household h2 (value 'p4'); "
                + "accepted: each person in one household");
  }

  @Test
  void refusesBrokenRegistersAndFinances() {
    assertThat(pathAndProblem(p -> p.registers.add(register("v9", AS_OF))))
        .isEqualTo("registers[1].organizationId: names no organization in the dossier");
    assertThat(pathAndProblem(p -> p.registers.add(register("v1", AS_OF))))
        .isEqualTo("registers[1].organizationId: has a register already");
    Violation holder = onlyViolationAfter(p -> p.registers.set(0, register("v1", AS_OF,
        new Holding("p1", "population", 1), new Holding("g1", "collective", 3))));
    assertThat(holder.path()).isEqualTo("registers[0].holdings[1].holderId");
    assertThat(holder.accepted()).isEqualTo("a person id, or v1 for collective shares");
    assertThat(pathAndProblem(p -> p.finances.add(new FinancialYear("v9", 2024, Money.ZERO))))
        .isEqualTo("finances[1].organizationId: names no organization in the dossier");
    assertThat(pathAndProblem(p -> p.finances.add(new FinancialYear("v1", 2024, Money.ZERO))))
        .isEqualTo("finances[1].year: is given twice for v1");
  }

  @Test
  void refusesBrokenGridReferences() {
    assertThat(pathAndProblem(p -> p.gridUnits.set(2, unit("u3", "u2", "u7"))))
        .isEqualTo("gridUnits[2].adjacent: names no grid unit in the dossier");
    assertThat(pathAndProblem(p -> p.gridUnits.set(2, unit("u3", "u2", "u1"))))
        .isEqualTo("gridUnits[2].adjacent: does not list u3 as adjacent in return");
    assertThat(pathAndProblem(p -> p.gridUnits.add(unit("u1"))))
        .isEqualTo("gridUnits[3].id: is used twice");
    assertThat(pathAndProblem(p -> p.dedicatedGrids.set(0, new DedicatedGrid("d1", "示例小学",
        DedicatedGridKind.SCHOOL, ImmutableList.of("u3", "u8")))))
        .isEqualTo("dedicatedGrids[0].unitIds[1]: names no grid unit in the dossier");
    assertThat(pathAndProblem(p -> p.dedicatedGrids.add(new DedicatedGrid("d2", "示例公园",
        DedicatedGridKind.PARK, ImmutableList.of("u1", "u3")))))
        .isEqualTo("dedicatedGrids[1].unitIds[1]: is already in dedicated grid d1");
    assertThat(pathAndProblem(p -> p.dedicatedGrids.add(new DedicatedGrid("d1", "示例公园",
        DedicatedGridKind.PARK, ImmutableList.of("u1")))))
        .isEqualTo("dedicatedGrids[1].id: is used twice");
  }

  @Test
  void refusesBrokenLedgerReferences() {
    assertThat(pathAndProblem(p -> p.ledger.add(entry("e1", AS_OF, null))))
        .isEqualTo("ledger[2].id: is used twice");
    assertThat(pathAndProblem(p -> p.ledger.set(0, entry("e1", LocalDate.of(2025, 3, 31), "e2"))))
        .isEqualTo("ledger[0].supersedes: names no earlier entry in the ledger");
    assertThat(pathAndProblem(p -> p.ledger.add(entry("e3", AS_OF, "e9"))))
        .isEqualTo("ledger[2].supersedes: names no earlier entry in the ledger");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    List<Violation> all = violationsAfter(p -> {
      p.community = community("440703001001");
      p.organizations.set(2, organization("g2", OrganizationLevel.GROUP, "v9", "N1440705",
          "87654321"));
      p.households.set(1, new Household("h2", "p4", ImmutableList.of("p4", "p9")));
      p.gridUnits.set(2, unit("u3", "u2", "u7"));
      p.ledger.add(entry("e3", AS_OF, "e9"));
    });
    assertThat(all).extracting(Violation::path).containsExactly(
        "community.divisionCode",
        "organizations[2].parentId",
        "households[1].memberIds[1]",
        "gridUnits[2].adjacent",
        "ledger[2].supersedes");
    assertThat(refused(() -> {
      Parts p = new Parts();
      p.ledger.add(entry("e3", AS_OF, "e9"));
      p.gridUnits.set(2, unit("u3", "u2", "u7"));
      p.build();
    }).getMessage()).startsWith("2 problems:");
  }

  @Test
  void financialYearIsInRange() {
    FinancialYear f = new FinancialYear("v1", 2024, Money.parse("-12.50"));
    assertThat(new FinancialYear(f.organizationId(), f.year(), f.distributableIncome()))
        .isEqualTo(f);
    assertThat(refused(() -> new FinancialYear("v1", 1948, Money.ZERO)).violations().get(0)
        .accepted()).isEqualTo("1949 to 9999");
    assertThat(refused(() -> new FinancialYear("", 2024, Money.ZERO)).violations().get(0).path())
        .isEqualTo("organizationId");
  }
}
