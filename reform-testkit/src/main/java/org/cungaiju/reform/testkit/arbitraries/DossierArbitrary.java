package org.cungaiju.reform.testkit.arbitraries;

import static org.cungaiju.reform.testkit.arbitraries.ReformArbitraries.between;
import static org.cungaiju.reform.testkit.arbitraries.ReformArbitraries.dates;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.testkit.arbitraries.ReformArbitraries.EventDraft;

/**
 * Small dossiers whose references resolve by construction.
 *
 * <p>The parts are drawn as drafts that hold no ids (a person's age, sex and events; a unit's
 * counts; a ledger entry's age), then numbered in one pass: ids come from positions, so they
 * are unique, and every reference points at something drawn. Shrinking a draft list shrinks
 * the dossier.
 */
final class DossierArbitrary {

  private static final LocalDate FIRST_AS_OF = LocalDate.of(2020, 1, 1);
  private static final LocalDate LAST_AS_OF = LocalDate.of(2030, 12, 31);
  private static final int OLDEST = 90 * 366;

  private DossierArbitrary() {}

  static Arbitrary<Dossier> dossiers() {
    return Combinators.combine(dates(FIRST_AS_OF, LAST_AS_OF), ReformArbitraries.counties())
        .flatAs(DossierArbitrary::dossiers);
  }

  /** The drafts of one household's persons: the head first. */
  private record PersonDraft(
      int ageDays, Sex sex, PersonName name, boolean issuedHere, List<Boolean> flags,
      int organization, List<EventDraft> events) {}

  private record UnitDraft(int[] counts, ImmutableSortedMap<String, Long> workload,
      boolean linkedToNext, Optional<Point> location) {}

  private record LedgerDraft(int ageDays, int task, Department department, TaskStatus status,
      String evidence, boolean supersedesPrevious) {}

  /** An appointment before it is tied to a person and an organization by position. */
  private record AppointmentDraft(int person, Office office, int organization) {}

  private record GovernanceDraft(
      List<Integer> voters, List<AppointmentDraft> appointments, List<SeparationFact> facts) {}

  /** A land record before it is tied to an organization or household by position. */
  private record LandDraft(int owner, int organization, Weight first, Weight second, int ageDays) {}

  private record Sections(Optional<GovernanceDraft> governance,
      Optional<List<LandDraft>> retained, Optional<List<LandDraft>> withdrawals,
      Optional<PublicServices> services) {}

  private record Shape(
      int groups, boolean register, int years, boolean dedicated, List<Money> incomes) {}

  private static Arbitrary<Dossier> dossiers(LocalDate asOf, County county) {
    Arbitrary<PersonDraft> person = Combinators.combine(Arbitraries.integers().between(0, OLDEST),
            Arbitraries.of(Sex.class), ReformArbitraries.personNames(),
            Arbitraries.of(true, true, true, false), Arbitraries.of(true, false).list().ofSize(2),
            Arbitraries.integers().between(0, 3),
            ReformArbitraries.eventDrafts().list().ofMaxSize(2))
        .as(PersonDraft::new);
    Arbitrary<UnitDraft> unit = Combinators.combine(ReformArbitraries.unitCounts(),
            ReformArbitraries.workloads(), Arbitraries.of(true, false),
            ReformArbitraries.points().optional(0.7))
        .as(UnitDraft::new);
    Arbitrary<LedgerDraft> entry = Combinators.combine(Arbitraries.integers().between(0, 730),
            Arbitraries.integers().between(1, 10), ReformArbitraries.departments(),
            Arbitraries.of(TaskStatus.class), ReformArbitraries.evidence(),
            Arbitraries.of(true, false))
        .as(LedgerDraft::new);
    Arbitrary<Shape> shape = Combinators.combine(Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false),
            ReformArbitraries.money(Money.ofYuan(-100_000), Money.ofYuan(10_000_000))
                .list().ofSize(2))
        .as(Shape::new);
    Arbitrary<CreditCode> village = ReformArbitraries.creditCodes(
        OrganizationLevel.VILLAGE.registrationType(), county.divisionCode());
    Arbitrary<List<CreditCode>> groups = ReformArbitraries.creditCodes(
            OrganizationLevel.GROUP.registrationType(), county.divisionCode())
        .list().ofSize(3).uniqueElements();
    Arbitrary<Community> community = ReformArbitraries.communities(county);
    return Combinators.combine(community, village, groups, shape,
            person.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(5),
            unit.list().ofMaxSize(6), entry.list().ofMaxSize(3), sections())
        .as((c, v, g, s, households, units, ledger, sections) -> new Builder(asOf, county).build(
            c, v, g, s, households, units, ledger, sections));
  }

  private static Arbitrary<Sections> sections() {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 99);
    Arbitrary<AppointmentDraft> appointment = Combinators.combine(index,
        Arbitraries.of(Office.class), index).as(AppointmentDraft::new);
    Arbitrary<GovernanceDraft> governance = Combinators.combine(index.list().ofMaxSize(8),
            appointment.list().ofMaxSize(6),
            ReformArbitraries.separationFacts().list().ofMaxSize(6)
                .uniqueElements(SeparationFact::kind))
        .as(GovernanceDraft::new);
    Arbitrary<LandDraft> land = Combinators.combine(index, index, ReformArbitraries.areas(),
        ReformArbitraries.areas(), Arbitraries.integers().between(0, 3650)).as(LandDraft::new);
    return Combinators.combine(governance.optional(0.5), land.list().ofMaxSize(3).optional(0.5),
            land.list().ofMaxSize(3).optional(0.5),
            ReformArbitraries.publicServices().optional(0.5))
        .as(Sections::new);
  }

  /** Numbers the drafts and ties them together. */
  private static final class Builder {
    private final LocalDate asOf;
    private final County county;
    private final Dossier.Builder dossier = Dossier.builder();
    private final List<Person> persons = new ArrayList<>();

    Builder(LocalDate asOf, County county) {
      this.asOf = asOf;
      this.county = county;
      dossier.asOf(asOf).county(county);
    }

    Dossier build(Community community, CreditCode village, List<CreditCode> groupCodes,
        Shape shape, List<List<PersonDraft>> households, List<UnitDraft> units,
        List<LedgerDraft> ledger, Sections sections) {
      dossier.community(community);
      List<String> organizationIds = organizations(village, groupCodes, shape.groups());
      households(households, organizationIds);
      dossier.addPersons(persons);
      if (shape.register()) {
        dossier.addRegisters(List.of(register()));
      }
      List<FinancialYear> years = new ArrayList<>();
      for (int i = 0; i < shape.years(); i++) {
        years.add(new FinancialYear("v1", asOf.getYear() - 1 - i, shape.incomes().get(i)));
      }
      dossier.addFinances(years);
      units(units, shape.dedicated());
      ledger(ledger);
      sections.governance().ifPresent(g -> dossier.governance(governance(g, organizationIds)));
      if (sections.retained().isPresent() || sections.withdrawals().isPresent()) {
        dossier.land(land(sections.retained().orElse(List.of()),
            sections.withdrawals().orElse(List.of()), organizationIds, households.size()));
      }
      sections.services().ifPresent(dossier::services);
      return dossier.build();
    }

    /** Voters and office holders among the persons; one holder per leading office. */
    private Governance governance(GovernanceDraft draft, List<String> organizationIds) {
      Set<String> voters = new java.util.LinkedHashSet<>();
      draft.voters().forEach(i -> voters.add(persons.get(i % persons.size()).id()));
      Map<String, Appointment> appointments = new LinkedHashMap<>();
      for (AppointmentDraft a : draft.appointments()) {
        String person = persons.get(a.person() % persons.size()).id();
        Optional<String> org = a.office().body() == Office.Body.COLLECTIVE_ORGANIZATION
            ? Optional.of(organizationIds.get(a.organization() % organizationIds.size()))
            : Optional.empty();
        String key = a.office().isLeading() ? a.office() + "/" + org.orElse("")
            : person + "/" + a.office() + "/" + org.orElse("");
        appointments.putIfAbsent(key, new Appointment(person, a.office(), org));
      }
      return new Governance(ImmutableList.copyOf(voters),
          ImmutableList.copyOf(appointments.values()), ImmutableList.copyOf(draft.facts()));
    }

    /** One record per organization and one application per household. */
    private Land land(List<LandDraft> retained, List<LandDraft> withdrawals,
        List<String> organizationIds, int households) {
      Map<String, RetainedLand> records = new LinkedHashMap<>();
      for (LandDraft d : retained) {
        String org = organizationIds.get(d.organization() % organizationIds.size());
        records.putIfAbsent(org, new RetainedLand(org, d.first(), d.second()));
      }
      Map<String, HomesteadWithdrawal> applications = new LinkedHashMap<>();
      for (LandDraft d : withdrawals) {
        String household = "h" + (d.owner() % households + 1);
        applications.computeIfAbsent(household, h -> new HomesteadWithdrawal(
            "w" + (applications.size() + 1), h,
            organizationIds.get(d.organization() % organizationIds.size()), d.first(),
            asOf.minusDays(d.ageDays())));
      }
      return new Land(ImmutableList.copyOf(records.values()),
          ImmutableList.copyOf(applications.values()));
    }

    private List<String> organizations(CreditCode village, List<CreditCode> codes, int groups) {
      List<CollectiveOrganization> orgs = new ArrayList<>();
      orgs.add(new CollectiveOrganization("v1", "示例经济联合社", OrganizationLevel.VILLAGE,
          Optional.empty(), village, true, false, Charter.DEFAULT));
      for (int i = 1; i <= groups; i++) {
        orgs.add(new CollectiveOrganization("g" + i, "示例第" + i + "经济合作社",
            OrganizationLevel.GROUP, Optional.of("v1"), codes.get(i - 1), true, false,
            Charter.DEFAULT));
      }
      dossier.addOrganizations(orgs);
      return orgs.stream().map(CollectiveOrganization::id).toList();
    }

    private void households(List<List<PersonDraft>> drafts, List<String> organizationIds) {
      List<Household> households = new ArrayList<>();
      for (int h = 0; h < drafts.size(); h++) {
        String householdId = "h" + (h + 1);
        List<String> members = new ArrayList<>();
        Person head = null;
        for (PersonDraft d : drafts.get(h)) {
          String id = "p" + (persons.size() + 1);
          LocalDate born = asOf.minusDays(d.ageDays());
          ResidentId rid = ReformArbitraries.residentId(
              d.issuedHere() ? county.code() : "440721", born, d.sex(), persons.size());
          // a member born at least 16 years after the head is the head's child
          ImmutableList<String> parents = head != null
              && !born.isBefore(head.birthDate().plusYears(16))
              ? ImmutableList.of(head.id()) : ImmutableList.of();
          Optional<String> organization = d.organization() == 0 ? Optional.empty()
              : Optional.of(organizationIds.get((d.organization() - 1) % organizationIds.size()));
          Person p = new Person(id, rid, d.name(), d.sex(), born, householdId, organization,
              parents, d.flags().get(0), d.flags().get(1), d.events().stream()
                  .map(e -> e.at(born, asOf)).collect(ImmutableList.toImmutableList()));
          persons.add(p);
          members.add(id);
          if (head == null) {
            head = p;
          }
        }
        households.add(new Household(householdId, members.get(0), ImmutableList.copyOf(members)));
      }
      dossier.addHouseholds(households);
    }

    private ShareRegister register() {
      List<Holding> holdings = new ArrayList<>();
      for (Person p : persons) {
        holdings.add(new Holding(p.id(), "population", 1));
      }
      holdings.add(new Holding("v1", "collective", persons.size()));
      return new ShareRegister("v1", asOf.minusYears(1), ImmutableList.of(
          ShareClass.of("population", ShareClassKind.POPULATION),
          ShareClass.of("collective", ShareClassKind.COLLECTIVE)), ImmutableList.copyOf(holdings));
    }

    private void units(List<UnitDraft> drafts, boolean dedicated) {
      List<Set<String>> adjacent = new ArrayList<>();
      drafts.forEach(d -> adjacent.add(new HashSet<>()));
      for (int i = 0; i + 1 < drafts.size(); i++) {
        if (drafts.get(i).linkedToNext()) {
          adjacent.get(i).add("u" + (i + 2));
          adjacent.get(i + 1).add("u" + (i + 1));
        }
      }
      List<GridUnit> units = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        UnitDraft d = drafts.get(i);
        units.add(new GridUnit("u" + (i + 1), "东区" + (i + 1) + "号楼", d.counts()[0],
            d.counts()[1], d.workload(), ImmutableSortedSet.copyOf(adjacent.get(i)),
            d.location()));
      }
      dossier.addGridUnits(units);
      if (dedicated && !units.isEmpty()) {
        dossier.addDedicatedGrids(List.of(new DedicatedGrid("d1", "示例小学",
            DedicatedGridKind.SCHOOL, ImmutableList.of(units.get(units.size() - 1).id()))));
      }
    }

    private void ledger(List<LedgerDraft> drafts) {
      List<LedgerDraft> oldestFirst = new ArrayList<>(drafts);
      oldestFirst.sort((a, b) -> Integer.compare(b.ageDays(), a.ageDays()));
      List<LedgerEntry> entries = new ArrayList<>();
      for (int i = 0; i < oldestFirst.size(); i++) {
        LedgerDraft d = oldestFirst.get(i);
        // a correction supersedes the entry before it, and so reports on the same task
        boolean corrects = i > 0 && d.supersedesPrevious();
        Optional<String> supersedes = corrects ? Optional.of("e" + i) : Optional.empty();
        int task = corrects ? entries.get(i - 1).taskNumber() : d.task();
        entries.add(new LedgerEntry("e" + (i + 1), asOf.minusDays(d.ageDays()), task,
            d.department(), d.status(), d.evidence(), Optional.of(between(asOf,
                asOf.plusYears(1), 500)), supersedes));
      }
      dossier.addLedger(entries);
    }
  }
}
