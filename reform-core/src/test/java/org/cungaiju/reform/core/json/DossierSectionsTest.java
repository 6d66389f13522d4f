package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.value.Weight;
import org.junit.jupiter.api.Test;

/** The governance, land and public-services sections of a dossier, in and out of JSON. */
class DossierSectionsTest {

  private static final String SECTIONS = """
      {
        "governance": {
          "voterRoll": ["p1", "p2", "p10"],
          "appointments": [
            { "personId": "p1", "office": "PARTY_SECRETARY" },
            { "personId": "p1", "office": "COLLECTIVE_HEAD", "organizationId": "v1" }
          ],
          "facts": [
            { "kind": "SEPARATE_ACCOUNTS", "holds": true, "evidence": "社区与联社分设银行账户" }
          ]
        },
        "land": {
          "retainedLand": [
            { "organizationId": "v1", "expropriatedArea": "123456.78", "realizedArea": "5000" }
          ],
          "homesteadWithdrawals": [
            { "id": "w1", "householdId": "h3", "organizationId": "g1",
              "homesteadArea": "96.5", "applied": "2025-09-01" }
          ]
        },
        "services": {
          "schoolPlaces": [ { "stage": "PRIMARY", "places": 240 } ]
        }
      }
      """;

  /** The hand-written dossier with the three sections added, changed by {@code change}. */
  private static String withSections(java.util.function.Consumer<ObjectNode> change) {
    JsonNode sections = ReformJson.readTree(SECTIONS).orElseThrow();
    return Fixtures.validWith(d -> {
      sections.properties().forEach(e -> d.set(e.getKey(), e.getValue().deepCopy()));
      change.accept(d);
    });
  }

  @Test
  void readsTheSections() {
    Dossier d = DossierReader.read(withSections(d2 -> {}));

    assertThat(d.governance().orElseThrow().voterRoll()).containsExactly("p1", "p2", "p10");
    assertThat(d.governance().orElseThrow().appointmentsOf("p1")).containsExactly(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1"));
    assertThat(d.governance().orElseThrow().fact(SeparationFactKind.SEPARATE_ACCOUNTS)
        .orElseThrow().holds()).isTrue();
    assertThat(d.land().orElseThrow().retainedLand().get(0).expropriatedArea())
        .isEqualTo(Weight.parse("123456.78"));
    assertThat(d.land().orElseThrow().homesteadWithdrawals().get(0).applied())
        .isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(d.services().orElseThrow().placesAt(SchoolStage.PRIMARY)).contains(240);
  }

  @Test
  void sectionsRoundTripAndAbsentOnesStayAbsent() {
    Dossier with = DossierReader.read(withSections(d -> {}));
    assertThat(DossierReader.read(DossierWriter.toJson(with))).isEqualTo(with);

    Dossier without = DossierReader.read(Fixtures.valid());
    assertThat(without.governance()).isEmpty();
    assertThat(without.land()).isEmpty();
    assertThat(without.services()).isEmpty();
    String written = DossierWriter.toJson(without);
    assertThat(written).doesNotContain("\"governance\"", "\"land\"", "\"services\"");
    assertThat(DossierReader.read(written)).isEqualTo(without);
  }

  @Test
  void anEmptySectionReadsAsAnEmptySection() {
    Dossier d = DossierReader.read(Fixtures.validWith(t -> t.putObject("governance")));
    assertThat(d.governance()).hasValueSatisfying(g -> {
      assertThat(g.voterRoll()).isEmpty();
      assertThat(g.appointments()).isEmpty();
      assertThat(g.facts()).isEmpty();
    });
  }

  @Test
  void namesThePathOfEveryBrokenReference() {
    ReadResult<Dossier> result = DossierReader.validate(withSections(d -> {
      ((com.fasterxml.jackson.databind.node.ArrayNode) d.at("/governance/voterRoll")).add("p99");
      Fixtures.at(d, "/land/homesteadWithdrawals/0").put("householdId", "h9");
      Fixtures.at(d, "/land/retainedLand/0").put("organizationId", "v9");
    }));

    assertThat(result.violations()).extracting(Violation::path).containsExactly(
        "$.governance.voterRoll[3]",
        "$.land.retainedLand[0].organizationId",
        "$.land.homesteadWithdrawals[0].householdId");
  }

  @Test
  void refusesMalformedSectionFields() {
    ReadResult<Dossier> result = DossierReader.validate(withSections(d -> {
      Fixtures.at(d, "/land/homesteadWithdrawals/0").put("homesteadArea", "1.1234567");
      Fixtures.at(d, "/land/retainedLand/0").put("realizedArea", 5000);
      Fixtures.at(d, "/governance/appointments/1").remove("organizationId");
      Fixtures.at(d, "/services/schoolPlaces/0").put("stage", "SENIOR_MIDDLE");
    }));

    assertThat(result.violations()).extracting(v -> v.path() + ": " + v.problem())
        .containsExactly(
            "$.governance.appointments[1].organizationId: is missing for COLLECTIVE_HEAD, an "
                + "office of a collective organization",
            "$.land.retainedLand[0].realizedArea: is a whole number, not a string",
            "$.land.homesteadWithdrawals[0].homesteadArea: has more than 6 decimals",
            "$.services.schoolPlaces[0].stage: is not a SchoolStage");
  }
}
