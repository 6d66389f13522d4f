package org.cungaiju.reform.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.testkit.arbitraries.Records.rebuilt;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.DossierWriter;

class DossierArbitraryTest {

  @Property(tries = 300)
  void everyReferenceResolves(@ForAll Dossier d) {
    assertThat(Dossier.check(d.schemaVersion(), d.asOf(), d.county(), d.community(),
        d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
        d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(), d.services()))
        .isEmpty();
    assertThat(rebuilt(d)).isEqualTo(d);
    assertThat(d.persons()).allSatisfy(p -> {
      assertThat(p.birthDate()).isEqualTo(p.residentId().birthDate()).isBeforeOrEqualTo(d.asOf());
      assertThat(p.sex()).isEqualTo(p.residentId().sex());
    });
    assertThat(d.persons()).hasSizeBetween(1, 20);
    Statistics.label("register").collect(!d.registers().isEmpty());
    Statistics.label("groups").collect(d.organizations().stream()
        .anyMatch(o -> o.level() == OrganizationLevel.GROUP));
    Statistics.label("children").collect(d.persons().stream().anyMatch(p -> !p.parentIds().isEmpty()));
    Statistics.label("adjacency").collect(d.gridUnits().stream().anyMatch(u -> !u.adjacent().isEmpty()));
    Statistics.label("superseding").collect(d.ledger().stream().anyMatch(e -> e.supersedes().isPresent()));
    Statistics.label("appointments").collect(d.governance()
        .filter(g -> !g.appointments().isEmpty()).isPresent());
    Statistics.label("withdrawals").collect(d.land()
        .filter(l -> !l.homesteadWithdrawals().isEmpty()).isPresent());
    Statistics.label("services").collect(d.services().isPresent());
    for (String label : new String[] {"register", "groups", "children", "adjacency",
        "superseding", "appointments", "withdrawals", "services"}) {
      Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p > 10));
    }
  }

  @Property(tries = 200)
  void dossiersWithEverySectionRoundTripThroughJson(@ForAll Dossier d) {
    String json = DossierWriter.toJson(d);
    assertThat(DossierReader.read(json)).isEqualTo(d);
    Statistics.label("sections").collect(d.governance().isPresent() && d.land().isPresent()
        && d.services().isPresent());
    Statistics.label("sections").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 100)
  void financialYearsAreValid(@ForAll FinancialYear year) {
    assertThat(rebuilt(year)).isEqualTo(year);
    assertThat(year.year()).isBetween(1990, 2030);
  }
}
