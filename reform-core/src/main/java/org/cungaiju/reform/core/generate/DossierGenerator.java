package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;

/**
 * Makes realistic, fictional community dossiers from a seed, for tests, samples and
 * benchmarks.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Deterministic: equal {@link GeneratorOptions} give equal dossiers, on any JVM. All
 *       chance comes from a {@link SplittableRandom} seeded by the options; the clock is never
 *       read. Another version of the library may draw differently: keep a dossier that a test
 *       depends on as a file rather than regenerating it.
 *   <li>Valid: every dossier passes the {@link Dossier} constructor's checks; resident ids
 *       carry the right GB 11643 check character and are unique; credit codes pass both checks
 *       of GB 32100 and GB 11714, {@code N2} for the village-level organization and {@code N1}
 *       for its groups; the community's 12-digit code is a residents' committee's in the county.
 *   <li>Consistent: listed parents were adults at a child's birth (mothers 20 or more), and
 *       the rare adopted child has none listed; marriages come after 20; no event precedes a
 *       birth or follows a death or the dossier's date; every household's head is alive and
 *       registered in it (or, for non-hukou renters, lives in it); the community's registered
 *       and resident population and household count are those of the persons generated; the
 *       grid units' households and residents add up to the same.
 *   <li>Exactly {@link GeneratorOptions#households()} households and {@link
 *       GeneratorOptions#gridUnits()} grid units.
 * </ul>
 *
 * <h2>What is in a dossier</h2>
 *
 * <p>Households of village lineages (founders, sons who bring in wives, daughters who marry out
 * — some keeping their registration, some later members elsewhere —, grandchildren), families
 * whose registration moved in later, and non-hukou renters from other provinces; Chinese names
 * with Jiangmen's surnames, the compound 司徒, 欧阳 and 司马 among them; resident ids with the
 * address code in use at birth (440721, 449006 or 440782 for people born in 新会 before 2002);
 * the events the membership, share, election and governance rules read; a year's distributable
 * income per organization; grid units on a lattice; ledger entries for the ten key tasks; and
 * the governance, land and public-services sections (voter roll, office holders, separation
 * facts, retained land, homestead withdrawals, school places available).
 *
 * <h2>Performance notes</h2>
 *
 * <p>Work and memory are linear in the number of persons: about 4,000 persons take a few tens
 * of milliseconds once the JVM is warm.
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class DossierGenerator {

  private DossierGenerator() {}

  /** The dossier {@code options} describe. */
  public static Dossier generate(GeneratorOptions options) {
    return generate(options, Codes::new);
  }

  /** The dossier {@code options} describe, its identity numbers issued by {@code codes}. */
  static Dossier generate(GeneratorOptions options, Function<Dice, Codes> codes) {
    Dice root = new Dice(new SplittableRandom(options.seed()));
    // one stream per part, so that a change in one part leaves the others' draws alone
    Dice naming = root.split();
    Dice people = root.split();
    Dice grid = root.split();
    Dice money = root.split();
    Dice work = root.split();
    Dice sections = root.split();
    LocalDate asOf = options.asOf();

    Place place = Place.draw(naming, options);
    Codes issuer = codes.apply(people);
    ImmutableList<CollectiveOrganization> organizations =
        Organizations.draw(naming, issuer, place, options.groups(), asOf);
    World world = new World(people, issuer, asOf, options.county(), options.groups());
    List<Home> homes = Population.draw(world, options.households(), options.groups(),
        options.nonHukouPercent());

    List<Life> lives = number(homes);
    ImmutableList.Builder<Person> persons = ImmutableList.builderWithExpectedSize(lives.size());
    int registered = 0;
    int resident = 0;
    for (Life l : lives) {
      persons.add(person(l, options.groups()));
      registered += l.registered() ? 1 : 0;
      resident += l.resident() ? 1 : 0;
    }
    ImmutableList.Builder<Household> householdList = ImmutableList.builder();
    for (Home h : homes) {
      householdList.add(new Household(h.id, h.head.id,
          h.members.stream().map(l -> l.id).collect(ImmutableList.toImmutableList())));
    }
    ImmutableList<Person> personList = persons.build();
    ImmutableList<Household> households = householdList.build();

    List<ShareRegister> registers = options.registers()
        ? registers(organizations, lives, options.groups())
        : List.of();
    List<FinancialYear> finances = options.finances()
        ? finances(money, organizations, lives, options, asOf)
        : List.of();
    Lattice.Layout layout = Lattice.lay(grid, options.gridUnits(), homes, asOf,
        place.shortName(), options.dedicatedGrids());

    Dossier.Builder dossier = Dossier.builder()
        .asOf(asOf)
        .county(options.county())
        .community(new Community("c" + place.code().value(),
            "江门市" + options.county().chineseName() + place.shortName() + "社区",
            place.code(), place.town(), registered, resident, homes.size()))
        .addOrganizations(organizations)
        .addPersons(personList)
        .addHouseholds(households)
        .addRegisters(registers)
        .addFinances(finances)
        .addGridUnits(layout.units())
        .addDedicatedGrids(layout.dedicated())
        .governance(Sections.governance(sections, personList, asOf, organizations))
        .land(Sections.land(sections, organizations, households, personList, asOf))
        .services(Sections.services(sections, resident));
    if (options.ledger()) {
      dossier.addLedger(LedgerWriter.write(work, asOf, figures(homes, lives, organizations,
          registers, options, layout)));
    }
    return dossier.build();
  }

  /**
   * Gives households and their members their ids, in dossier order; the lives the records
   * keep, in that order. Lives left without an id are not in the dossier.
   */
  private static List<Life> number(List<Home> homes) {
    List<Life> lives = new ArrayList<>();
    for (int i = 0; i < homes.size(); i++) {
      Home h = homes.get(i);
      h.id = Ids.of("h", i + 1, 4);
      for (Life l : h.members) {
        // a life keeps the household it ended in, after any merge
        l.home = h;
        l.id = Ids.of("p", lives.size() + 1, 5);
        lives.add(l);
      }
    }
    return lives;
  }

  private static LedgerWriter.Figures figures(List<Home> homes, List<Life> lives,
      List<CollectiveOrganization> organizations, List<ShareRegister> registers,
      GeneratorOptions options, Lattice.Layout layout) {
    long shares = registers.stream().mapToLong(ShareRegister::totalShares).sum();
    int partyMembers = (int) lives.stream()
        .filter(l -> l.origin == Life.Origin.NON_HUKOU && l.events.stream()
            .anyMatch(e -> e.type() == PersonEventType.PARTY_MEMBERSHIP))
        .count();
    return new LedgerWriter.Figures(homes.size(), options.gridUnits(), layout.dedicated().size(),
        partyMembers, shares, organizations.size());
  }

  private static Person person(Life l, int groups) {
    Optional<String> organization = l.origin == Life.Origin.NON_HUKOU || l.group < 0
        ? Optional.empty()
        : Optional.of(groups == 0 ? Organizations.VILLAGE_ID : Organizations.groupId(l.group));
    List<String> parents = new ArrayList<>(2);
    if (l.origin != Life.Origin.ADOPTED) {
      if (l.father != null && l.father.id != null) {
        parents.add(l.father.id);
      }
      if (l.mother != null && l.mother.id != null) {
        parents.add(l.mother.id);
      }
    }
    return new Person(l.id, l.residentId, PersonName.of(l.name), l.sex, l.birth, l.home.id,
        organization, ImmutableList.copyOf(parents), l.registered(), l.resident(),
        ImmutableList.copyOf(l.events));
  }

  private static List<ShareRegister> registers(List<CollectiveOrganization> organizations,
      List<Life> lives, int groups) {
    // the persons of each organization that holds members: the groups, or the village-level
    // organization itself when it has none
    List<List<Life>> rolls = new ArrayList<>();
    for (int i = 0; i < organizations.size(); i++) {
      rolls.add(new ArrayList<>());
    }
    for (Life l : lives) {
      if (l.origin != Life.Origin.NON_HUKOU && l.group >= 0) {
        rolls.get(groups == 0 ? 0 : l.group + 1).add(l);
      }
    }
    List<ShareRegister> out = new ArrayList<>();
    for (int i = 0; i < organizations.size(); i++) {
      CollectiveOrganization o = organizations.get(i);
      Optional<LocalDate> base = o.charter().shareBaseDate();
      if (o.shareholding() && base.isPresent() && !rolls.get(i).isEmpty()) {
        Registers.quantify(o.id(), base.get(), rolls.get(i)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The distributable income (可分配收益) of the year before {@code asOf}: a few hundred to a
   * few thousand yuan per registered member for a group, more for the village-level
   * organization with its own property; one group (or the village-level organization) at a
   * loss when asked.
   */
  private static List<FinancialYear> finances(Dice dice, List<CollectiveOrganization> orgs,
      List<Life> lives, GeneratorOptions options, LocalDate asOf) {
    int year = asOf.getYear() - 1;
    long[] members = new long[Math.max(options.groups(), 1)];
    long all = 0;
    for (Life l : lives) {
      if (l.registered() && l.group >= 0) {
        members[l.group]++;
        all++;
      }
    }
    List<FinancialYear> out = new ArrayList<>();
    for (int i = 0; i < orgs.size(); i++) {
      CollectiveOrganization o = orgs.get(i);
      long yuan = i == 0
          ? dice.between(200_000L, 2_000_000L) + all * dice.between(300, 1_500)
          : dice.between(50_000L, 300_000L) + members[i - 1] * dice.between(600, 2_500);
      if (options.lossYear() && i == orgs.size() - 1) {
        yuan = -dice.between(50_000L, 500_000L);
      }
      long fen = Math.multiplyExact(yuan, 100L) + (yuan < 0 ? -1 : 1) * dice.between(0, 99);
      out.add(new FinancialYear(o.id(), year, Money.ofFen(fen)));
    }
    return out;
  }
}
