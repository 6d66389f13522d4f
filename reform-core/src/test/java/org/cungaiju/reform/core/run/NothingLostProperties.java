package org.cungaiju.reform.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.report.ReportJson;
import org.cungaiju.reform.core.run.Books.Distribution;
import org.cungaiju.reform.core.run.Books.Holder;
import org.cungaiju.reform.core.run.Books.Paid;
import org.cungaiju.reform.core.run.Books.Register;
import org.cungaiju.reform.core.service.ResidentPopulation;
import org.cungaiju.reform.core.service.SchoolPlaceSharing;
import org.cungaiju.reform.core.service.Sharing;
import org.cungaiju.reform.core.testing.DossierEdits;
import org.cungaiju.reform.core.testing.SmallCommunities;

/**
 * Nothing is lost between the engines and the report: for any dossier the engines accept —
 * generated with any seed and size, any charter rates, and incomes from a fen to the largest
 * amount, zero and negative ones included — every share, fen, grid unit and person the report
 * holds adds up, read from the {@link Report} and read back from its {@code report.json} alike.
 *
 * <ul>
 *   <li>Per organization: reserve + welfare + payouts = the distributable income, to the fen;
 *       the income is the dossier's; the payouts add up per household to the household totals;
 *       nothing is retained or paid when there is nothing to distribute.
 *   <li>The shares paid on are the register's; the register's total is the quantified total
 *       (members + collective), every member holding shares appears once with the shares
 *       quantified, and holders, classes and households add up to the same total.
 *   <li>The grids cover every unit outside the dedicated grids exactly once.
 *   <li>Every person is decided or listed without an organization, once.
 *   <li>School places shared among the communities by resident population add up to the
 *       places shared.
 * </ul>
 */
class NothingLostProperties {

  private static final ReformRun RUN = new ReformRun(PolicyRegistry.builder().build());
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Map<Integer, Integer> RESIDENTS = new HashMap<>();

  private static final List<Optional<Rate>> RATES = List.of(Optional.empty(),
      Optional.of(Rate.ZERO), Optional.of(Rate.parse("0.05")), Optional.of(Rate.parse("0.1")),
      Optional.of(Rate.parse("0.333333333333")), Optional.of(Rate.parse("0.5")),
      Optional.of(Rate.parse("0.95")), Optional.of(Rate.ONE));

  @Provide
  Arbitrary<Dossier> dossiers() {
    Arbitrary<Long> incomes = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(0L, -1L, 1L, 2L, 3L, 7L, 99L, 100L, Long.MAX_VALUE,
            Long.MIN_VALUE + 1, Long.MAX_VALUE / 3)),
        Tuple.of(3, Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L)),
        Tuple.of(3, Arbitraries.longs().between(1, 1_000_000_000_000_000L)));
    Arbitrary<Integer> rate = Arbitraries.integers().between(0, RATES.size() - 1);
    return Combinators.combine(SmallCommunities.options(25),
        incomes.list().ofSize(4), rate.list().ofSize(8))
        .as((options, income, rates) -> {
          Dossier d = DossierGenerator.generate(options);
          List<FinancialYear> finances = new ArrayList<>();
          for (int i = 0; i < d.organizations().size(); i++) {
            finances.add(new FinancialYear(d.organizations().get(i).id(),
                d.asOf().getYear() - 1, Money.ofFen(income.get(i % income.size()))));
          }
          Map<String, Integer> index = new HashMap<>();
          d.organizations().forEach(o -> index.put(o.id(), index.size()));
          Dossier charters = DossierEdits.organizations(d, o -> withRates(o,
              RATES.get(rates.get(2 * index.get(o.id()) % rates.size())),
              RATES.get(rates.get((2 * index.get(o.id()) + 1) % rates.size()))));
          return DossierEdits.finances(charters, finances);
        });
  }

  /** {@code o} with these charter rates, or as it is when together they exceed 1. */
  private static CollectiveOrganization withRates(CollectiveOrganization o,
      Optional<Rate> reserve, Optional<Rate> welfare) {
    Charter c = o.charter();
    try {
      return new CollectiveOrganization(o.id(), o.name(), o.level(), o.parentId(),
          o.creditCode(), o.shareholding(), o.convertedToCompany(), new Charter(reserve, welfare,
              c.shareManagement(), c.shareBaseDate(), c.totalShares()));
    } catch (InvalidInputException e) {
      return o;
    }
  }

  @Property(tries = 120)
  void everyShareFenUnitAndPersonAddsUpInTheReportAndItsJson(
      @ForAll("dossiers") Dossier dossier) throws IOException {
    Report report = RUN.run(dossier);

    Books books = Books.of(report);
    Books written = Books.of(PLAIN.readTree(ReportJson.toJson(report)));

    assertThat(written).as("the figures read back from report.json").isEqualTo(books);
    assertAddsUp(books, dossier);
    report.failures().forEach((s, e) -> Statistics.label("failed").collect(s + " " + e.kind()));
    books.dividends().values()
        .forEach(d -> Statistics.label("distribution").collect(d.status()));
    Statistics.label("distribution").coverage(c -> c.check("DISTRIBUTED").count(n -> n > 20));
  }

  @Property(tries = 60)
  void schoolPlacesSharedAmongCommunitiesAddUpToThePlacesShared(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(max = 40) Integer> seeds,
      @ForAll @IntRange(max = 100_000) int places, @ForAll Method method) {
    List<ResidentPopulation> communities = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      communities.add(new ResidentPopulation("c" + i, residents(seeds.get(i))));
    }
    Sharing sharing;
    try {
      sharing = SchoolPlaceSharing.by(method).sharePlaces(places, communities);
    } catch (InvalidInputException e) {
      // every community without residents: nothing to share by
      assertThat(communities).allMatch(c -> c.residents() == 0);
      return;
    }
    assertThat(sharing.shares().stream().mapToLong(s -> s.units()).sum()).isEqualTo(places);
    assertThat(sharing.shares()).allMatch(s -> s.units() >= 0);
  }

  /** The resident population in the services section of community {@code seed}'s report. */
  private static int residents(int seed) {
    synchronized (RESIDENTS) {
      return RESIDENTS.computeIfAbsent(seed, s -> RUN.run(DossierGenerator.generate(
              GeneratorOptions.builder().seed(s).households(1 + s).build()))
          .result(SectionKey.SERVICES).orElseThrow().residents());
    }
  }

  private static void assertAddsUp(Books b, Dossier dossier) {
    if (b.persons() != null) {
      assertThat(b.persons()).as("persons decided or without an organization")
          .containsExactlyInAnyOrderElementsOf(dossier.persons().stream()
              .map(p -> p.id()).toList());
    }
    b.shares().forEach(NothingLostProperties::assertRegisterAddsUp);
    b.dividends().forEach((org, d) -> assertDistributionAddsUp(org, d, b.shares().get(org),
        dossier));
    if (b.grids() != null) {
      assertGridsCoverEveryUnitOnce(b.grids());
    }
    if (!b.shareCounts().isEmpty()) {
      assertThat(b.shareCounts().get("totalShares")).isEqualTo(b.shares().values().stream()
          .mapToLong(Register::totalShares).sum());
      assertThat(b.shareCounts().get("collectiveShares")).isEqualTo(b.shares().values().stream()
          .mapToLong(Register::collectiveShares).sum());
    }
    if (!b.dividendAmounts().isEmpty()) {
      List<Distribution> paid = b.dividends().values().stream()
          .filter(d -> d.status().equals("DISTRIBUTED")).toList();
      assertThat(b.dividendAmounts()).containsEntry("distributableIncome",
          paid.stream().mapToLong(Distribution::income).sum());
      assertThat(b.dividendAmounts()).containsEntry("paidOut",
          paid.stream().mapToLong(Distribution::paidOut).sum());
      assertThat(b.dividendAmounts().get("reserveFund") + b.dividendAmounts().get("welfareFund"))
          .isEqualTo(paid.stream().mapToLong(Distribution::retention).sum());
    }
  }

  private static void assertRegisterAddsUp(String org, Register r) {
    assertThat(r.registerTotal()).as("%s: the register's holdings", org)
        .isEqualTo(r.totalShares());
    assertThat(r.holders().stream().mapToLong(Holder::shares).sum()).as("%s: holders", org)
        .isEqualTo(r.totalShares());
    assertThat(r.totalsByClass().values().stream().mapToLong(Long::longValue).sum())
        .as("%s: classes", org).isEqualTo(r.totalShares());
    Set<String> ids = new HashSet<>();
    Map<String, Long> byHousehold = new LinkedHashMap<>();
    for (Holder h : r.holders()) {
      assertThat(ids.add(h.id())).as("%s: %s listed once", org, h.id()).isTrue();
      assertThat(h.byClass().values().stream().mapToLong(Long::longValue).sum())
          .as("%s: %s's classes", org, h.id()).isEqualTo(h.shares());
      if (!h.collective() && h.household() != null && h.shares() > 0) {
        byHousehold.merge(h.household(), h.shares(), Long::sum);
      }
    }
    assertThat(r.holders().stream().filter(Holder::collective).mapToLong(Holder::shares).sum())
        .as("%s: collective", org).isEqualTo(r.collectiveShares());
    assertThat(withoutZeros(r.households())).as("%s: households", org).isEqualTo(byHousehold);
    Books.Quantified q = r.quantified();
    if (q != null) {
      assertThat(q.members() + q.collective()).as("%s: members + collective", org)
          .isEqualTo(q.total()).isEqualTo(q.registerTotal());
      assertThat(q.memberShares().values().stream().mapToLong(Long::longValue).sum())
          .as("%s: members' shares", org).isEqualTo(q.members());
      if (!r.origin().equals("DOSSIER") && r.operations() == 0) {
        assertThat(r.totalShares()).as("%s: the register is the quantified one", org)
            .isEqualTo(q.total());
        assertThat(r.collectiveShares()).isEqualTo(q.collective());
        Map<String, Long> held = new HashMap<>();
        r.holders().stream().filter(h -> !h.collective())
            .forEach(h -> held.put(h.id(), h.shares()));
        assertThat(held).as("%s: every member holding shares, once, as quantified", org)
            .isEqualTo(withoutZeros(q.memberShares()));
      }
    }
  }

  private static void assertDistributionAddsUp(String org, Distribution d, Register register,
      Dossier dossier) {
    long payouts = d.payouts().stream().mapToLong(Paid::fen).sum();
    if (!d.status().equals("DISTRIBUTED")) {
      assertThat(List.of(d.reserve(), d.welfare(), d.retention(), d.pool(), d.paidOut(),
          payouts)).as("%s %s: nothing retained, nothing paid", org, d.status())
          .containsOnly(0L);
      return;
    }
    long income = dossier.finances().stream()
        .filter(f -> f.organizationId().equals(org)).mapToLong(f -> f.distributableIncome().fen())
        .findFirst().orElseThrow();
    assertThat(d.income()).as("%s: the dossier's income", org).isEqualTo(income).isPositive();
    assertThat(Math.addExact(Math.addExact(d.reserve(), d.welfare()), d.paidOut()))
        .as("%s: reserve + welfare + payouts", org).isEqualTo(d.income());
    assertThat(d.retention()).isEqualTo(d.reserve() + d.welfare());
    assertThat(d.pool()).isEqualTo(d.paidOut()).isEqualTo(payouts);
    assertThat(d.payouts()).allMatch(p -> p.fen() >= 0);
    if (register != null) {
      assertThat(d.totalShares()).as("%s: the shares paid on", org)
          .isEqualTo(register.totalShares());
      Map<String, Long> held = new HashMap<>();
      register.holders().stream().filter(h -> h.shares() > 0)
          .forEach(h -> held.put(h.id(), h.shares()));
      Map<String, Long> paidOn = new HashMap<>();
      d.payouts().stream().filter(p -> p.shares() > 0).forEach(p -> paidOn.put(p.id(), p.shares()));
      assertThat(paidOn).as("%s: each holder paid on its shares", org).isEqualTo(held);
    }
    Map<String, Long> fen = new LinkedHashMap<>();
    Map<String, Long> shares = new LinkedHashMap<>();
    for (Paid p : d.payouts()) {
      if (p.household() != null) {
        fen.merge(p.household(), p.fen(), Long::sum);
        shares.merge(p.household(), p.shares(), Long::sum);
      }
    }
    Map<String, Long> householdFen = new LinkedHashMap<>();
    Map<String, Long> householdShares = new LinkedHashMap<>();
    d.households().forEach((id, h) -> {
      householdFen.put(id, h.fen());
      householdShares.put(id, h.shares());
    });
    assertThat(householdFen).as("%s: payouts per household", org).isEqualTo(fen);
    assertThat(householdShares).as("%s: shares per household", org).isEqualTo(shares);
  }

  private static void assertGridsCoverEveryUnitOnce(Books.Grids g) {
    List<String> covered = new ArrayList<>();
    g.comprehensive().forEach(covered::addAll);
    g.dedicated().forEach(covered::addAll);
    assertThat(covered).as("units in a grid").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(g.units());
    for (int i = 0; i < g.comprehensive().size(); i++) {
      assertThat(g.gridHouseholds().get(i)).as("households of grid %s", i).isEqualTo(
          g.comprehensive().get(i).stream().mapToInt(g.households()::get).sum());
    }
  }

  private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> {
      if (v != 0) {
        out.put(k, v);
      }
    });
    return out;
  }
}
