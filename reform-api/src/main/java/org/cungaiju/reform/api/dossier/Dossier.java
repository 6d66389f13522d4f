package org.cungaiju.reform.api.dossier;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.LedgerEntries;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.share.ShareRegister;

/**
 * A community dossier: one community as of a date, with its collective organizations, persons,
 * households, share registers if already quantified, the financial year's figures, grid units,
 * dedicated grids and ledger entries, and the optional governance, land and public-services
 * sections.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every id is unique within its kind, and every reference resolves: a person's household
 *       and organization, a household's members (each naming that household back), parents,
 *       organization parents one level up, register holders, grid neighbours (symmetrically),
 *       dedicated-grid units, voters and office holders, the
 *       organizations of appointments and land records, the households of homestead
 *       withdrawals. A leading office ({@link org.cungaiju.reform.api.governance.Office#isLeading})
 *       has one holder (the collective head one per organization); an organization has at most
 *       one retained-land record and a household at most one homestead withdrawal.
 *   <li>Ledger entries keep {@link LedgerEntries}' rules: an entry supersedes only an entry
 *       listed before it, of its own key task, dated no later than itself and not superseded
 *       already.
 *   <li>Resident ids are unique. Nothing is dated after {@code asOf}: births, events, ledger
 *       entries, registers, homestead withdrawals.
 *   <li>The community's division code lies in the county.
 *   <li>All problems are reported together: {@link #check} lists every violation with its path
 *       (such as {@code persons[17].householdId}), and the constructor throws them all.
 * </ul>
 *
 * <p>Every calculation that needs a date defaults to {@code asOf}, never the wall clock.
 * Immutable and thread-safe.
 *
 * @param schemaVersion the dossier format's version; {@value #SCHEMA_VERSION} is the only one
 * @param asOf the date the dossier is true at
 * @param county the county the community lies in
 * @param community the community
 * @param organizations its collective organizations
 * @param persons the persons the rules decide about
 * @param households their households
 * @param registers share registers already quantified, at most one per organization
 * @param finances financial-year figures, at most one per organization and year
 * @param gridUnits the units the community is divided into for grids
 * @param dedicatedGrids dedicated grids declared over some units
 * @param ledger the work-ledger entries recorded so far
 * @param governance the voter roll, appointments and separation facts, if recorded
 * @param land the retained-land records and homestead withdrawals, if recorded
 * @param services the school places available, if recorded
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Dossier(
    int schemaVersion,
    LocalDate asOf,
    County county,
    Community community,
    ImmutableList<CollectiveOrganization> organizations,
    ImmutableList<Person> persons,
    ImmutableList<Household> households,
    ImmutableList<ShareRegister> registers,
    ImmutableList<FinancialYear> finances,
    ImmutableList<GridUnit> gridUnits,
    ImmutableList<DedicatedGrid> dedicatedGrids,
    ImmutableList<LedgerEntry> ledger,
    Optional<Governance> governance,
    Optional<Land> land,
    Optional<PublicServices> services) {

  /** The dossier format version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Copies the lists and checks every reference.
   *
   * @throws InvalidInputException with every violation found
   */
  public Dossier {
    requireNonNull(asOf, "asOf");
    requireNonNull(county, "county");
    requireNonNull(community, "community");
    organizations = ImmutableList.copyOf(organizations);
    persons = ImmutableList.copyOf(persons);
    households = ImmutableList.copyOf(households);
    registers = ImmutableList.copyOf(registers);
    finances = ImmutableList.copyOf(finances);
    gridUnits = ImmutableList.copyOf(gridUnits);
    dedicatedGrids = ImmutableList.copyOf(dedicatedGrids);
    ledger = ImmutableList.copyOf(ledger);
    requireNonNull(governance, "governance");
    requireNonNull(land, "land");
    requireNonNull(services, "services");
    List<Violation> problems = check(schemaVersion, asOf, county, community, organizations,
        persons, households, registers, finances, gridUnits, dedicatedGrids, ledger, governance,
        land, services);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** A builder, for code that assembles a dossier piece by piece. */
  public static Builder builder() {
    return new Builder();
  }

  /** The persons by id. */
  public ImmutableMap<String, Person> personsById() {
    return index(persons, Person::id);
  }

  /** The households by id. */
  public ImmutableMap<String, Household> householdsById() {
    return index(households, Household::id);
  }

  /** The organizations by id. */
  public ImmutableMap<String, CollectiveOrganization> organizationsById() {
    return index(organizations, CollectiveOrganization::id);
  }

  /** The grid units by id. */
  public ImmutableMap<String, GridUnit> gridUnitsById() {
    return index(gridUnits, GridUnit::id);
  }

  private static <T> ImmutableMap<String, T> index(List<T> items, Function<T, String> id) {
    return items.stream().collect(ImmutableMap.toImmutableMap(id, t -> t));
  }

  /**
   * Every cross-reference problem in the given parts, each with a path relative to the
   * dossier's root such as {@code persons[3].householdId}; empty when they fit together.
   */
  public static ImmutableList<Violation> check(
      int schemaVersion,
      LocalDate asOf,
      County county,
      Community community,
      List<CollectiveOrganization> organizations,
      List<Person> persons,
      List<Household> households,
      List<ShareRegister> registers,
      List<FinancialYear> finances,
      List<GridUnit> gridUnits,
      List<DedicatedGrid> dedicatedGrids,
      List<LedgerEntry> ledger,
      Optional<Governance> governance,
      Optional<Land> land,
      Optional<PublicServices> services) {
    List<Violation> out = new ArrayList<>();
    if (schemaVersion != SCHEMA_VERSION) {
      out.add(Violation.of("schemaVersion", schemaVersion, "is not a supported dossier version",
          String.valueOf(SCHEMA_VERSION)));
    }
    if (!community.divisionCode().isWithin(county.divisionCode())) {
      out.add(Violation.of("community.divisionCode", community.divisionCode(),
          "does not lie in the county " + county.code() + " " + county.chineseName(),
          "a code starting " + county.code()));
    }

    Map<String, CollectiveOrganization> orgs =
        unique(organizations, CollectiveOrganization::id, "organizations", out);
    for (int i = 0; i < organizations.size(); i++) {
      CollectiveOrganization o = organizations.get(i);
      String at = "organizations[" + i + "]";
      o.parentId().ifPresent(p -> {
        CollectiveOrganization parent = orgs.get(p);
        if (parent == null) {
          out.add(Violation.of(at + ".parentId", p, "names no organization in the dossier",
              "the id of an organization listed in organizations"));
        } else if (!o.level().isDirectlyBelow(parent.level())) {
          out.add(Violation.of(at + ".parentId", p, "is a " + parent.level()
              + " organization, not directly above a " + o.level() + " one",
              "an organization one level up"));
        }
      });
    }

    Map<String, Person> people = unique(persons, Person::id, "persons", out);
    Map<String, Household> homes = unique(households, Household::id, "households", out);
    // the paths of messages are written only when there is a violation: a city's dossiers
    // hold millions of persons, nearly all of them valid
    Set<String> residentIds = Sets.newHashSetWithExpectedSize(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      if (!residentIds.add(p.residentId().value())) {
        out.add(Violation.of("persons[" + i + "].residentId", p.residentId().masked(),
            "is another person's resident id too", "a resident id held by one person only"));
      }
      if (p.birthDate().isAfter(asOf)) {
        out.add(Violation.of("persons[" + i + "].residentId", p.residentId().masked(),
            "encodes a birth date after the dossier's asOf " + asOf,
            "a birth date on or before " + asOf));
      }
      Household h = homes.get(p.householdId());
      if (h == null) {
        out.add(Violation.of("persons[" + i + "].householdId", p.householdId(),
            "names no household in the dossier", "the id of a household listed in households"));
      } else if (!h.memberIds().contains(p.id())) {
        out.add(Violation.of("persons[" + i + "].householdId", p.householdId(),
            "names a household that does not list the person", "the household listing the person"));
      }
      if (p.organizationId().isPresent() && !orgs.containsKey(p.organizationId().get())) {
        out.add(Violation.of("persons[" + i + "].organizationId", p.organizationId().get(),
            "names no organization in the dossier",
            "the id of an organization listed in organizations"));
      }
      for (int j = 0; j < p.parentIds().size(); j++) {
        String parent = p.parentIds().get(j);
        if (!people.containsKey(parent)) {
          out.add(Violation.of("persons[" + i + "].parentIds[" + j + "]", parent,
              "names no person in the dossier", "the id of a person listed in persons"));
        }
      }
      for (int j = 0; j < p.events().size(); j++) {
        PersonEvent e = p.events().get(j);
        if (e.date().isAfter(asOf)) {
          out.add(Violation.of("persons[" + i + "].events[" + j + "].date", e.date(),
              "is after the dossier's asOf " + asOf, "a date on or before " + asOf));
        }
      }
    }
    Map<String, String> householdOf = Maps.newHashMapWithExpectedSize(persons.size());
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      for (int j = 0; j < h.memberIds().size(); j++) {
        String m = h.memberIds().get(j);
        if (!people.containsKey(m)) {
          out.add(Violation.of("households[" + i + "].memberIds[" + j + "]", m,
              "names no person in the dossier", "the id of a person listed in persons"));
        } else if (householdOf.putIfAbsent(m, h.id()) != null) {
          out.add(Violation.of("households[" + i + "].memberIds[" + j + "]", m,
              "is already a member of household " + householdOf.get(m),
              "each person in one household"));
        }
      }
    }

    Set<String> registered = new HashSet<>();
    for (int i = 0; i < registers.size(); i++) {
      ShareRegister r = registers.get(i);
      String at = "registers[" + i + "]";
      if (!orgs.containsKey(r.organizationId())) {
        out.add(Violation.of(at + ".organizationId", r.organizationId(),
            "names no organization in the dossier", "the id of an organization listed"));
      } else if (!registered.add(r.organizationId())) {
        out.add(Violation.of(at + ".organizationId", r.organizationId(),
            "has a register already", "one register per organization"));
      }
      if (r.asOf().isAfter(asOf)) {
        out.add(Violation.of(at + ".asOf", r.asOf(), "is after the dossier's asOf " + asOf,
            "a date on or before " + asOf));
      }
      for (int j = 0; j < r.holdings().size(); j++) {
        Holding h = r.holdings().get(j);
        if (!people.containsKey(h.holderId()) && !h.holderId().equals(r.organizationId())) {
          out.add(Violation.of(at + ".holdings[" + j + "].holderId", h.holderId(),
              "is neither a person in the dossier nor the organization itself",
              "a person id, or " + r.organizationId() + " for collective shares"));
        }
      }
    }

    Set<String> years = new HashSet<>();
    for (int i = 0; i < finances.size(); i++) {
      FinancialYear f = finances.get(i);
      String at = "finances[" + i + "]";
      if (!orgs.containsKey(f.organizationId())) {
        out.add(Violation.of(at + ".organizationId", f.organizationId(),
            "names no organization in the dossier", "the id of an organization listed"));
      }
      if (!years.add(f.organizationId() + "/" + f.year())) {
        out.add(Violation.of(at + ".year", f.year(), "is given twice for " + f.organizationId(),
            "one entry per organization and year"));
      }
      if (f.year() > asOf.getYear()) {
        out.add(Violation.of(at + ".year", f.year(), "is after the dossier's asOf " + asOf,
            "a year up to " + asOf.getYear()));
      }
    }

    Map<String, GridUnit> units = unique(gridUnits, GridUnit::id, "gridUnits", out);
    for (int i = 0; i < gridUnits.size(); i++) {
      GridUnit u = gridUnits.get(i);
      for (String a : u.adjacent()) {
        GridUnit other = units.get(a);
        if (other == null) {
          out.add(Violation.of("gridUnits[" + i + "].adjacent", a,
              "names no grid unit in the dossier", "the id of a unit listed in gridUnits"));
        } else if (!other.adjacent().contains(u.id())) {
          out.add(Violation.of("gridUnits[" + i + "].adjacent", a,
              "does not list " + u.id() + " as adjacent in return",
              "adjacency listed on both units"));
        }
      }
    }
    unique(dedicatedGrids, DedicatedGrid::id, "dedicatedGrids", out);
    Map<String, String> dedicatedOf = new HashMap<>();
    for (int i = 0; i < dedicatedGrids.size(); i++) {
      DedicatedGrid g = dedicatedGrids.get(i);
      for (int j = 0; j < g.unitIds().size(); j++) {
        String u = g.unitIds().get(j);
        String at = "dedicatedGrids[" + i + "].unitIds[" + j + "]";
        if (!units.containsKey(u)) {
          out.add(Violation.of(at, u, "names no grid unit in the dossier",
              "the id of a unit listed in gridUnits"));
        } else if (dedicatedOf.putIfAbsent(u, g.id()) != null) {
          out.add(Violation.of(at, u, "is already in dedicated grid " + dedicatedOf.get(u),
              "each unit in at most one dedicated grid"));
        }
      }
    }

    out.addAll(LedgerEntries.check(ledger, "ledger"));
    for (int i = 0; i < ledger.size(); i++) {
      LedgerEntry e = ledger.get(i);
      if (e.date().isAfter(asOf)) {
        out.add(Violation.of("ledger[" + i + "].date", e.date(),
            "is after the dossier's asOf " + asOf, "a date on or before " + asOf));
      }
    }
    governance.ifPresent(g -> checkGovernance(g, people, orgs, out));
    land.ifPresent(l -> checkLand(l, asOf, homes, orgs, out));
    return ImmutableList.copyOf(out);
  }

  private static void checkGovernance(Governance g, Map<String, Person> people,
      Map<String, CollectiveOrganization> orgs, List<Violation> out) {
    for (int i = 0; i < g.voterRoll().size(); i++) {
      String v = g.voterRoll().get(i);
      if (!people.containsKey(v)) {
        out.add(Violation.of("governance.voterRoll[" + i + "]", v,
            "names no person in the dossier", "the id of a person listed in persons"));
      }
    }
    Map<String, String> holders = new HashMap<>();
    for (int i = 0; i < g.appointments().size(); i++) {
      Appointment a = g.appointments().get(i);
      String at = "governance.appointments[" + i + "]";
      if (!people.containsKey(a.personId())) {
        out.add(Violation.of(at + ".personId", a.personId(), "names no person in the dossier",
            "the id of a person listed in persons"));
      }
      a.organizationId().filter(o -> !orgs.containsKey(o)).ifPresent(o -> out.add(Violation.of(
          at + ".organizationId", o, "names no organization in the dossier",
          "the id of an organization listed in organizations")));
      if (a.office().isLeading()) {
        String post = a.office() + a.organizationId().map(o -> " of " + o).orElse("");
        String holder = holders.putIfAbsent(post, a.personId());
        if (holder != null && !holder.equals(a.personId())) {
          out.add(Violation.of(at + ".office", a.office(), "is already held by " + holder
              + (a.organizationId().isPresent() ? " in " + a.organizationId().get() : ""),
              "one holder of a leading office"));
        }
      }
    }
  }

  private static void checkLand(Land l, LocalDate asOf, Map<String, Household> homes,
      Map<String, CollectiveOrganization> orgs, List<Violation> out) {
    Set<String> recorded = new HashSet<>();
    for (int i = 0; i < l.retainedLand().size(); i++) {
      RetainedLand r = l.retainedLand().get(i);
      String at = "land.retainedLand[" + i + "].organizationId";
      if (!orgs.containsKey(r.organizationId())) {
        out.add(Violation.of(at, r.organizationId(), "names no organization in the dossier",
            "the id of an organization listed in organizations"));
      } else if (!recorded.add(r.organizationId())) {
        out.add(Violation.of(at, r.organizationId(), "has a retained-land record already",
            "one record per organization"));
      }
    }
    unique(l.homesteadWithdrawals(), HomesteadWithdrawal::id, "land.homesteadWithdrawals", out);
    Map<String, String> applicationOf = new HashMap<>();
    for (int i = 0; i < l.homesteadWithdrawals().size(); i++) {
      HomesteadWithdrawal w = l.homesteadWithdrawals().get(i);
      String at = "land.homesteadWithdrawals[" + i + "]";
      if (!homes.containsKey(w.householdId())) {
        out.add(Violation.of(at + ".householdId", w.householdId(),
            "names no household in the dossier", "the id of a household listed in households"));
      } else if (applicationOf.putIfAbsent(w.householdId(), w.id()) != null) {
        out.add(Violation.of(at + ".householdId", w.householdId(),
            "has applied already in " + applicationOf.get(w.householdId()),
            "one application per household (一户一宅)"));
      }
      if (!orgs.containsKey(w.organizationId())) {
        out.add(Violation.of(at + ".organizationId", w.organizationId(),
            "names no organization in the dossier",
            "the id of an organization listed in organizations"));
      }
      if (w.applied().isAfter(asOf)) {
        out.add(Violation.of(at + ".applied", w.applied(), "is after the dossier's asOf " + asOf,
            "a date on or before " + asOf));
      }
    }
  }

  private static <T> Map<String, T> unique(
      List<T> items, Function<T, String> id, String field, List<Violation> out) {
    Map<String, T> byId = Maps.newHashMapWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (byId.putIfAbsent(id.apply(item), item) != null) {
        out.add(Violation.of(field + "[" + i + "].id", id.apply(item), "is used twice",
            "a unique id within " + field));
      }
    }
    return byId;
  }

  /** Assembles a {@link Dossier}; every list starts empty. Not thread-safe. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public static final class Builder {
    private LocalDate asOf;
    private County county;
    private Community community;
    private final List<CollectiveOrganization> organizations = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<ShareRegister> registers = new ArrayList<>();
    private final List<FinancialYear> finances = new ArrayList<>();
    private final List<GridUnit> gridUnits = new ArrayList<>();
    private final List<DedicatedGrid> dedicatedGrids = new ArrayList<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private Optional<Governance> governance = Optional.empty();
    private Optional<Land> land = Optional.empty();
    private Optional<PublicServices> services = Optional.empty();

    private Builder() {}

    /** Sets the date the dossier is true at. */
    public Builder asOf(LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /** Sets the county. */
    public Builder county(County county) {
      this.county = county;
      return this;
    }

    /** Sets the community. */
    public Builder community(Community community) {
      this.community = community;
      return this;
    }

    /** Adds organizations. */
    public Builder addOrganizations(Iterable<CollectiveOrganization> items) {
      items.forEach(organizations::add);
      return this;
    }

    /** Adds persons. */
    public Builder addPersons(Iterable<Person> items) {
      items.forEach(persons::add);
      return this;
    }

    /** Adds households. */
    public Builder addHouseholds(Iterable<Household> items) {
      items.forEach(households::add);
      return this;
    }

    /** Adds share registers. */
    public Builder addRegisters(Iterable<ShareRegister> items) {
      items.forEach(registers::add);
      return this;
    }

    /** Adds financial-year figures. */
    public Builder addFinances(Iterable<FinancialYear> items) {
      items.forEach(finances::add);
      return this;
    }

    /** Adds grid units. */
    public Builder addGridUnits(Iterable<GridUnit> items) {
      items.forEach(gridUnits::add);
      return this;
    }

    /** Adds dedicated grids. */
    public Builder addDedicatedGrids(Iterable<DedicatedGrid> items) {
      items.forEach(dedicatedGrids::add);
      return this;
    }

    /** Adds ledger entries. */
    public Builder addLedger(Iterable<LedgerEntry> items) {
      items.forEach(ledger::add);
      return this;
    }

    /** Sets the governance section. */
    public Builder governance(Governance governance) {
      this.governance = Optional.of(governance);
      return this;
    }

    /** Sets the land section. */
    public Builder land(Land land) {
      this.land = Optional.of(land);
      return this;
    }

    /** Sets the public-services section. */
    public Builder services(PublicServices services) {
      this.services = Optional.of(services);
      return this;
    }

    /**
     * Builds the dossier at the current {@link Dossier#SCHEMA_VERSION}.
     *
     * @throws NullPointerException if asOf, county or community is not set
     * @throws InvalidInputException with every cross-reference violation found
     */
    public Dossier build() {
      return new Dossier(SCHEMA_VERSION, asOf, county, community,
          ImmutableList.copyOf(organizations), ImmutableList.copyOf(persons),
          ImmutableList.copyOf(households), ImmutableList.copyOf(registers),
          ImmutableList.copyOf(finances), ImmutableList.copyOf(gridUnits),
          ImmutableList.copyOf(dedicatedGrids), ImmutableList.copyOf(ledger), governance, land,
          services);
    }
  }
}
