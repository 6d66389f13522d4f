package org.cungaiju.reform.testkit.arbitraries;

import static org.cungaiju.reform.testkit.arbitraries.ReformArbitraries.between;
import static org.cungaiju.reform.testkit.arbitraries.ReformArbitraries.dates;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;
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
            unit.list().ofMaxSize(6), entry.list().ofMaxSize(3))
        .as((c, v, g, s, households, units, ledger) -> new Builder(asOf, county).build(
            c, v, g, s, households, units, ledger));
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
        List<LedgerDraft> ledger) {
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
      return dossier.build();
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
        Optional<String> supersedes = i > 0 && d.supersedesPrevious()
            ? Optional.of("e" + i) : Optional.empty();
        entries.add(new LedgerEntry("e" + (i + 1), asOf.minusDays(d.ageDays()), d.task(),
            d.department(), d.status(), d.evidence(), Optional.of(between(asOf,
                asOf.plusYears(1), 500)), supersedes));
      }
      dossier.addLedger(entries);
    }
  }
}
