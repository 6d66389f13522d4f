package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;
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
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * Generators of valid reform-api values, one per type, for the JSON round-trip properties: a
 * jqwik domain, so a property asks for {@code @ForAll Money money} by type.
 */
class ApiValues extends DomainContextBase {

  private static final List<String> PROVINCES =
      List.of("11", "31", "32", "35", "44", "45", "46", "50", "65", "71", "81", "82");
  private static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  @Provide
  Arbitrary<Money> money() {
    return Arbitraries.longs().map(Money::ofFen);
  }

  @Provide
  Arbitrary<Weight> weights() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1L << 62), Arbitraries.integers().between(0, 18))
        .as((unscaled, scale) -> Weight.of(BigDecimal.valueOf(unscaled, scale)));
  }

  @Provide
  Arbitrary<Rate> rates() {
    return Arbitraries.integers().between(0, Rate.MAX_DECIMALS).flatMap(scale ->
        Arbitraries.longs().between(0, BigDecimal.TEN.pow(scale).longValueExact())
            .map(unscaled -> Rate.of(BigDecimal.valueOf(unscaled, scale))));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(EARLIEST.toEpochDay(), LATEST.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<DateRange> dateRanges() {
    return Combinators.combine(dates(), Arbitraries.integers().between(1, 20_000).optional())
        .as((from, days) -> new DateRange(from, days.map(from::plusDays)));
  }

  @Provide
  Arbitrary<DivisionCode> divisionCodes() {
    return Combinators.combine(Arbitraries.of(PROVINCES), Arbitraries.of(4, 7, 10)
            .flatMap(n -> Arbitraries.strings().numeric().ofLength(n)))
        .as((province, rest) -> DivisionCode.parse(province + rest));
  }

  /** Valid ids built as the standard says: address, birth date, sequence, check character. */
  @Provide
  Arbitrary<ResidentId> residentIds() {
    Arbitrary<LocalDate> births = Arbitraries.longs()
        .between(EARLIEST.toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    return Combinators.combine(Arbitraries.of(PROVINCES), Arbitraries.strings().numeric()
            .ofLength(4), births, Arbitraries.strings().numeric().ofLength(3))
        .as((province, area, birth, sequence) -> {
          String first17 = province + area
              + birth.toString().replace("-", "") + sequence;
          return ResidentId.parse(first17 + ResidentId.checkCharacter(first17), birth);
        });
  }

  /** Valid codes built with both check characters of GB 32100 and GB 11714. */
  @Provide
  Arbitrary<CreditCode> creditCodes() {
    return Combinators.combine(Arbitraries.of("N1", "N2", "N3", "91", "93", "51", "12"),
            Arbitraries.of(PROVINCES), Arbitraries.strings().numeric().ofLength(4),
            Arbitraries.strings().withChars(CreditCode.ALPHABET).ofLength(8))
        .as((type, province, area, body) -> {
          String first17 = type + province + area + body
              + CreditCode.organizationCheckCharacter(body);
          return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
        });
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
        .ofMinLength(1).ofMaxLength(12);
  }

  /** Chinese text of common characters, such as names and titles. */
  private static Arbitrary<String> chinese(int min, int max) {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(min)
        .ofMaxLength(max);
  }

  /** Free text with letters, digits, spaces and punctuation, never blank. */
  private static Arbitrary<String> notes(int max) {
    return Arbitraries.strings().withCharRange('\u4e00', '\u4e20').withChars("ab 12-,\"\\/'")
        .ofMinLength(1).ofMaxLength(max).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<PersonName> names() {
    return Arbitraries.oneOf(chinese(2, 4),
            chinese(1, 2).map(given -> "欧阳" + given), chinese(1, 2).map(given -> "司徒" + given))
        .map(PersonName::of);
  }

  @Provide
  Arbitrary<Department> departments() {
    return chinese(2, 10).map(name -> Department.of("市" + name));
  }

  @Provide
  Arbitrary<Point> points() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(Point::of);
  }

  @Provide
  Arbitrary<PersonEvent> personEvents() {
    return Combinators.combine(Arbitraries.of(PersonEventType.class), dates(),
            notes(200).optional(), notes(500).optional())
        .as(PersonEvent::new);
  }

  @Provide
  Arbitrary<Holding> holdings() {
    return Combinators.combine(ids(), ids(), Arbitraries.longs().greaterOrEqual(0))
        .as(Holding::new);
  }

  @Provide
  Arbitrary<ShareClass> shareClasses() {
    return Combinators.combine(ids(), Arbitraries.of(ShareClassKind.class), chinese(1, 50))
        .as(ShareClass::new);
  }

  @Provide
  Arbitrary<Charter> charters() {
    return Combinators.combine(Arbitraries.integers().between(0, 50).optional(),
            Arbitraries.integers().between(0, 50).optional(),
            Arbitraries.of(ShareManagement.class), dates().optional(),
            Arbitraries.longs().between(1, Long.MAX_VALUE).optional())
        .as((reserve, welfare, management, baseDate, shares) -> new Charter(
            reserve.map(Rate::ofPercent), welfare.map(Rate::ofPercent), management, baseDate,
            shares));
  }

  @Provide
  Arbitrary<PolicySource> policySources() {
    return Combinators.combine(notes(40), chinese(0, 8), dates().optional())
        .as(PolicySource::new);
  }

  /** Explanations two levels deep, whose maps keep their (generated) order. */
  @Provide
  Arbitrary<Explanation> explanations() {
    return explanation().flatMap(top -> explanation().list().ofMaxSize(3).map(top::withSteps));
  }

  private Arbitrary<Explanation> explanation() {
    Arbitrary<ImmutableMap<String, String>> maps = Combinators.combine(
            ids().list().uniqueElements().ofMaxSize(5), notes(20).list().ofSize(5))
        .as((keys, values) -> {
          var map = new LinkedHashMap<String, String>();
          for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
          }
          return ImmutableMap.copyOf(map);
        });
    return Combinators.combine(ids(), ids(), ids(), policySources(), maps, maps, notes(60))
        .as((rule, policy, version, source, inputs, parameters, outcome) -> new Explanation(
            rule, policy, version, source, inputs, parameters, outcome, ImmutableList.of()));
  }

  @Provide
  Arbitrary<GridUnit> gridUnits() {
    Arbitrary<ImmutableSortedMap<String, Long>> workload = Arbitraries.maps(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
            Arbitraries.longs().greaterOrEqual(0))
        .ofMaxSize(4).map(ImmutableSortedMap::copyOf);
    return Combinators.combine(ids(), chinese(1, 20), Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().greaterOrEqual(0), workload,
            ids().map(id -> "n" + id).set().ofMaxSize(4), points().optional())
        .as((id, name, households, residents, facts, adjacent, location) -> new GridUnit(
            "u" + id, name, households, residents, facts, ImmutableSortedSet.copyOf(adjacent),
            location));
  }

  @Provide
  Arbitrary<LedgerEntry> ledgerEntries() {
    return Combinators.combine(ids(), dates(), Arbitraries.integers().between(1, 10),
            departments(), Arbitraries.of(TaskStatus.class), notes(1000), dates().optional(),
            ids().map(id -> "earlier-" + id).optional())
        .as(LedgerEntry::new);
  }

  @Provide
  Arbitrary<Governance> governance() {
    Arbitrary<Appointment> appointment = Combinators.combine(ids(), Arbitraries.of(Office.class),
            ids())
        .as((person, office, org) -> new Appointment(person, office,
            office.body() == Office.Body.COLLECTIVE_ORGANIZATION ? java.util.Optional.of(org)
                : java.util.Optional.empty()));
    Arbitrary<SeparationFact> fact = Combinators.combine(
            Arbitraries.of(SeparationFactKind.class), Arbitraries.of(true, false), notes(1000))
        .as(SeparationFact::new);
    return Combinators.combine(ids().list().uniqueElements().ofMaxSize(6),
            appointment.list().uniqueElements().ofMaxSize(6),
            fact.list().uniqueElements(SeparationFact::kind).ofMaxSize(6))
        .as((voters, appointments, facts) -> new Governance(ImmutableList.copyOf(voters),
            ImmutableList.copyOf(appointments), ImmutableList.copyOf(facts)));
  }

  /** Areas with up to six decimals, up to 2^62 square millionths. */
  private static Arbitrary<Weight> areas() {
    return Combinators.combine(Arbitraries.longs().between(0, 1L << 62),
            Arbitraries.integers().between(0, RetainedLand.AREA_DECIMALS))
        .as((unscaled, scale) -> Weight.of(BigDecimal.valueOf(unscaled, scale)));
  }

  @Provide
  Arbitrary<Land> land() {
    Arbitrary<RetainedLand> retained = Combinators.combine(ids(), areas(), areas())
        .as(RetainedLand::new);
    Arbitrary<HomesteadWithdrawal> withdrawal = Combinators.combine(ids(), ids(), ids(), areas(),
        dates()).as(HomesteadWithdrawal::new);
    return Combinators.combine(retained.list().ofMaxSize(4), withdrawal.list().ofMaxSize(4))
        .as((r, w) -> new Land(ImmutableList.copyOf(r), ImmutableList.copyOf(w)));
  }

  @Provide
  Arbitrary<PublicServices> publicServices() {
    return Combinators.combine(Arbitraries.of(SchoolStage.class),
            Arbitraries.integers().greaterOrEqual(0))
        .as(SchoolPlaces::new)
        .list().uniqueElements(SchoolPlaces::stage).ofMaxSize(3)
        .map(l -> new PublicServices(ImmutableList.copyOf(l)));
  }
}
