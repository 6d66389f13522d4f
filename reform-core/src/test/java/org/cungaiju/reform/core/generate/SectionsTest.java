package org.cungaiju.reform.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.service.SchoolStage;

/** The governance, land and services sections the generator adds. */
class SectionsTest {

  @Provide
  Arbitrary<GeneratorOptions> options() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 40))
        .as((seed, households, groups, nonHukou) -> GeneratorOptions.builder().seed(seed)
            .households(households).groups(groups).gridUnits(0).nonHukouPercent(nonHukou)
            .asOf(LocalDate.of(2025, 12, 31)).build());
  }

  @Property(tries = 60)
  void everySectionNamesWhatTheDossierHolds(@ForAll("options") GeneratorOptions options) {
    // the dossier's own checks resolve every reference; these are the generator's promises
    Dossier d = DossierGenerator.generate(options);
    Governance g = d.governance().orElseThrow();
    var persons = d.personsById();

    assertThat(g.voterRoll()).allSatisfy(v -> {
      Person p = persons.get(v);
      assertThat(p.resident()).isTrue();
      assertThat(p.ageOn(d.asOf())).isGreaterThanOrEqualTo(18);
    });
    g.appointments().stream().filter(a -> a.office() == Office.PARTY_SECRETARY).findFirst()
        .ifPresent(a -> assertThat(persons.get(a.personId()).registered()).isTrue());
    assertThat(d.land().orElseThrow().retainedLand()).extracting(RetainedLand::organizationId)
        .contains("village");
    assertThat(d.land().orElseThrow().retainedLand()).allSatisfy(r ->
        assertThat(r.expropriatedArea().scale()).isLessThanOrEqualTo(2));
    assertThat(d.land().orElseThrow().homesteadWithdrawals()).allSatisfy(w ->
        assertThat(persons.get(d.householdsById().get(w.householdId()).headId()).registered())
            .isTrue());
    assertThat(d.services().orElseThrow().schoolPlaces()).extracting(s -> s.stage())
        .containsExactly(SchoolStage.values());
    boolean concurrent = g.appointments().stream()
        .filter(a -> a.office().isLeading() && a.organizationId().map("village"::equals)
            .orElse(true))
        .map(Appointment::personId).distinct().count() == 1;
    Statistics.label("一肩挑").collect(concurrent);
    Statistics.label("non-hukou committee member").collect(g.appointments().stream()
        .anyMatch(a -> !persons.get(a.personId()).registered()));
  }

  @Property(tries = 20)
  void theSecretaryIsAPartyMemberWhereThereIsOne(@ForAll("options") GeneratorOptions options) {
    Dossier d = DossierGenerator.generate(options);
    boolean partyMembers = d.persons().stream().anyMatch(p -> p.registered() && p.resident()
        && p.ageOn(d.asOf()) >= 18 && p.ageOn(d.asOf()) <= 60
        && p.firstEvent(PersonEventType.PARTY_MEMBERSHIP, d.asOf()).isPresent());
    d.governance().orElseThrow().appointments().stream()
        .filter(a -> a.office() == Office.PARTY_SECRETARY).findFirst()
        .filter(a -> partyMembers)
        .ifPresent(a -> assertThat(d.personsById().get(a.personId())
            .firstEvent(PersonEventType.PARTY_MEMBERSHIP, d.asOf())).isPresent());
  }
}
