package org.cungaiju.reform.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.testkit.arbitraries.Records.rebuilt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.Grid;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.GridWorker;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * Every api type taken with {@code @ForAll} and no set-up: each value rebuilds to itself
 * through its canonical constructor (so it is valid and normalised), passes the checks of its
 * kind, and the values vary where it matters.
 */
class ArbitrariesTest {

  @Property
  void residentIdsCarryTheirCheckCharacterAndVary(@ForAll ResidentId id) {
    assertThat(rebuilt(id)).isEqualTo(id);
    assertThat(ResidentId.parse(id.value(), ReformArbitraries.LATEST_BIRTH)).isEqualTo(id);
    assertThat(id.birthDate().getYear()).isBetween(1900, 2024);
    Statistics.label("sex").collect(id.sex());
    Statistics.label("issued").collect(id.addressCode().startsWith("4407") ? "Jiangmen" : "else");
    Statistics.label("historical").collect(
        id.addressCode().equals("440721") || id.addressCode().equals("440782"));
    Statistics.label("sex").coverage(c -> c.check(Sex.MALE).percentage(p -> p > 30));
    Statistics.label("sex").coverage(c -> c.check(Sex.FEMALE).percentage(p -> p > 30));
    Statistics.label("issued").coverage(c -> c.check("else").percentage(p -> p > 5));
    Statistics.label("historical").coverage(c -> c.check(true).percentage(p -> p > 2));
  }

  @Property
  void creditCodesPassBothChecksAndCoverEveryLevel(@ForAll CreditCode code) {
    assertThat(rebuilt(code)).isEqualTo(code);
    assertThat(CreditCode.checkCharacter(code.value().substring(0, 17)))
        .isEqualTo(code.value().charAt(17));
    assertThat(CreditCode.organizationCheckCharacter(code.value().substring(8, 16)))
        .isEqualTo(code.value().charAt(16));
    Statistics.label("rural").collect(code.type().map(t -> t.isRuralCollective()).orElse(false));
    Statistics.label("rural").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property
  void divisionCodesComeAtEveryLevel(@ForAll DivisionCode code) {
    assertThat(rebuilt(code)).isEqualTo(code);
    Statistics.label("level").collect(code.level());
    for (DivisionCode.Level level : DivisionCode.Level.values()) {
      Statistics.label("level").coverage(c -> c.check(level).percentage(p -> p > 15));
    }
  }

  @Property
  void moneyRoundTripsAndTakesBothSigns(@ForAll Money money) {
    assertThat(rebuilt(money)).isEqualTo(money);
    assertThat(Money.parse(money.toString())).isEqualTo(money);
    Statistics.label("sign").collect(Long.signum(money.fen()));
    Statistics.label("sign").coverage(c -> c.check(-1).percentage(p -> p > 20));
    Statistics.label("sign").coverage(c -> c.check(1).percentage(p -> p > 20));
  }

  @Property
  void weightsAreNormalisedAndSometimesDecimal(@ForAll Weight weight) {
    assertThat(rebuilt(weight)).isEqualTo(weight);
    assertThat(Weight.parse(weight.toString())).isEqualTo(weight);
    Statistics.label("decimals").collect(weight.scale() > 0);
    Statistics.label("decimals").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("decimals").coverage(c -> c.check(false).percentage(p -> p > 20));
  }

  @Property
  void ratesStayWithinZeroAndOne(@ForAll Rate rate) {
    assertThat(rebuilt(rate)).isEqualTo(rate);
    assertThat(rate.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    Statistics.label("fine").collect(rate.value().scale() > 2);
    Statistics.label("fine").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property
  void dateRangesAreOpenOrClosed(@ForAll DateRange range) {
    assertThat(rebuilt(range)).isEqualTo(range);
    assertThat(range.contains(range.from())).isTrue();
    Statistics.label("open").collect(range.isOpen());
    Statistics.label("open").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("open").coverage(c -> c.check(false).percentage(p -> p > 10));
  }

  @Property
  void namesIncludeCompoundSurnames(@ForAll PersonName name) {
    assertThat(rebuilt(name)).isEqualTo(name);
    assertThat(name.masked()).startsWith(name.surname()).doesNotContain(
        name.value().substring(name.surname().length()));
    Statistics.label("compound").collect(name.surname().length() == 2);
    Statistics.label("compound").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Property
  void personsAgreeWithTheirIds(@ForAll Person person) {
    assertThat(rebuilt(person)).isEqualTo(person);
    assertThat(person.sex()).isEqualTo(person.residentId().sex());
    assertThat(person.birthDate()).isEqualTo(person.residentId().birthDate());
    assertThat(person.events()).isSortedAccordingTo(PersonEvent.CHRONOLOGICAL)
        .allSatisfy(e -> assertThat(e.date()).isAfterOrEqualTo(person.birthDate()));
    Statistics.label("parents").collect(person.parentIds().size());
    Statistics.label("parents").coverage(c -> c.check(2).percentage(p -> p > 10));
  }

  @Property
  void eventsAndHouseholdsAreValid(@ForAll PersonEvent event, @ForAll Household household) {
    assertThat(rebuilt(event)).isEqualTo(event);
    assertThat(rebuilt(household)).isEqualTo(household);
    assertThat(household.memberIds()).contains(household.headId());
  }

  @Property
  void organizationsAreRegisteredAtTheirLevel(@ForAll CollectiveOrganization org,
      @ForAll Charter charter) {
    assertThat(rebuilt(org)).isEqualTo(org);
    assertThat(rebuilt(charter)).isEqualTo(charter);
    assertThat(org.creditCode().type()).contains(org.level().registrationType());
    assertThat(County.of(org.creditCode().divisionCode()).isCounty()).isTrue();
    Statistics.label("level").collect(org.level());
    for (OrganizationLevel level : OrganizationLevel.values()) {
      Statistics.label("level").coverage(c -> c.check(level).percentage(p -> p > 15));
    }
  }

  @Property
  void communitiesAreResidentsCommitteesInACounty(@ForAll Community community) {
    assertThat(rebuilt(community)).isEqualTo(community);
    assertThat(County.of(community.divisionCode()).isCounty()).isTrue();
    assertThat(community.divisionCode().committee()).contains(DivisionCode.Committee.RESIDENTS);
    assertThat(community.name()).contains(County.of(community.divisionCode()).chineseName());
  }

  @Property
  void registersHoldOnlyTheirOwnClasses(@ForAll ShareRegister register,
      @ForAll ShareClass shareClass, @ForAll Holding holding) {
    assertThat(rebuilt(register)).isEqualTo(register);
    assertThat(rebuilt(shareClass)).isEqualTo(shareClass);
    assertThat(rebuilt(holding)).isEqualTo(holding);
    Set<String> classIds = new HashSet<>();
    register.classes().forEach(c -> classIds.add(c.id()));
    assertThat(register.holdings()).allSatisfy(h -> assertThat(classIds).contains(h.shareClassId()));
    Statistics.label("collective").collect(
        register.holdings().stream().anyMatch(h -> h.holderId().equals(register.organizationId())));
    Statistics.label("collective").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Property
  void explanationsMembersAndViolationsAreValid(@ForAll Explanation explanation,
      @ForAll PolicySource source, @ForAll Member member, @ForAll Violation violation) {
    assertThat(rebuilt(explanation)).isEqualTo(explanation);
    assertThat(rebuilt(source)).isEqualTo(source);
    assertThat(rebuilt(member)).isEqualTo(member);
    assertThat(rebuilt(violation)).isEqualTo(violation);
    Statistics.label("steps").collect(!explanation.steps().isEmpty());
    Statistics.label("steps").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property
  void gridPartsAreValid(@ForAll GridUnit unit, @ForAll Grid grid, @ForAll DedicatedGrid dedicated,
      @ForAll GridWorker worker, @ForAll Point point) {
    assertThat(rebuilt(unit)).isEqualTo(unit);
    assertThat(rebuilt(grid)).isEqualTo(grid);
    assertThat(rebuilt(dedicated)).isEqualTo(dedicated);
    assertThat(rebuilt(worker)).isEqualTo(worker);
    assertThat(rebuilt(point)).isEqualTo(point);
    assertThat(unit.adjacent()).doesNotContain(unit.id());
    Statistics.label("located").collect(unit.location().isPresent());
    Statistics.label("located").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property
  void ledgerPartsAreValid(@ForAll KeyTask task, @ForAll LedgerEntry entry,
      @ForAll Department department) {
    assertThat(rebuilt(task)).isEqualTo(task);
    assertThat(rebuilt(entry)).isEqualTo(entry);
    assertThat(rebuilt(department)).isEqualTo(department);
    assertThat(task.number()).isBetween(1, 10);
    assertThat(task.section()).isBetween(1, 4);
    assertThat(entry.supersedes()).isNotEqualTo(Optional.of(entry.id()));
  }

  @Property
  void governancePartsAreValid(@ForAll Governance governance, @ForAll Appointment appointment,
      @ForAll SeparationFact fact) {
    assertThat(rebuilt(governance)).isEqualTo(governance);
    assertThat(rebuilt(appointment)).isEqualTo(appointment);
    assertThat(rebuilt(fact)).isEqualTo(fact);
    assertThat(appointment.organizationId().isPresent())
        .isEqualTo(appointment.office().body() == Office.Body.COLLECTIVE_ORGANIZATION);
    Statistics.label("collective").collect(appointment.organizationId().isPresent());
    Statistics.label("collective").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("collective").coverage(c -> c.check(false).percentage(p -> p > 20));
  }

  @Property
  void landAndServicePartsAreValid(@ForAll Land land, @ForAll RetainedLand retained,
      @ForAll HomesteadWithdrawal withdrawal, @ForAll PublicServices services,
      @ForAll SchoolPlaces places) {
    assertThat(rebuilt(land)).isEqualTo(land);
    assertThat(rebuilt(retained)).isEqualTo(retained);
    assertThat(rebuilt(withdrawal)).isEqualTo(withdrawal);
    assertThat(rebuilt(services)).isEqualTo(services);
    assertThat(rebuilt(places)).isEqualTo(places);
    assertThat(retained.expropriatedArea().scale()).isLessThanOrEqualTo(RetainedLand.AREA_DECIMALS);
    Statistics.label("decimals").collect(retained.expropriatedArea().scale() > 0);
    Statistics.label("decimals").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Provide
  Arbitrary<Money> smallAmounts() {
    return ReformArbitraries.money(Money.ofYuan(-10), Money.ofYuan(10));
  }

  @Property
  void factoriesNarrowTheValues(@ForAll("smallAmounts") Money money) {
    assertThat(money.fen()).isBetween(-1_000L, 1_000L);
  }
}
