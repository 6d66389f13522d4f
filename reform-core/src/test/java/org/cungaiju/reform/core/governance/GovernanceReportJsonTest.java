package org.cungaiju.reform.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.core.fixtures.SmallDossiers.event;
import static org.cungaiju.reform.core.fixtures.SmallDossiers.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.core.fixtures.SmallDossiers;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.junit.jupiter.api.Test;

/** The report written by the library's writer, in the dossier's conventions. */
class GovernanceReportJsonTest {

  @Test
  void writesTheReportWithItsExplanations() {
    GovernanceReport report = new GovernanceChecks(PolicyRegistry.builder().build())
        .check(SmallDossiers.builder(2, person("p1", "1970-01-01", true),
                person("n1", "1990-01-01", false,
                    event(PersonEventType.RESIDENCE_START, "2020-01-01")))
            // n1: resident 5 years, but neither a Party member nor holding a residence permit
            .governance(new Governance(ImmutableList.of("p1"), ImmutableList.of(
                Appointment.of("p1", Office.PARTY_SECRETARY),
                Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1")), ImmutableList.of()))
            .build());

    JsonNode tree = ReformJson.readTree(ReformJson.write(report)).orElseThrow();

    assertThat(tree.get("county").textValue()).isEqualTo("440705");
    assertThat(tree.get("date").textValue()).isEqualTo("2025-12-31");
    assertThat(tree.at("/separation/0/dimension").textValue()).isEqualTo("VOTER_QUALIFICATION");
    assertThat(tree.at("/separation/0/status").textValue()).isEqualTo("MIXED");
    assertThat(tree.at("/separation/0/explanation/steps/0/policyId").textValue())
        .isEqualTo("jiangmen-default");
    assertThat(tree.at("/officeHolders/0/appointments/1/organizationId").textValue())
        .isEqualTo("v1");
    assertThat(tree.at("/officeHolders/0/appointments/0/organizationId").isMissingNode())
        .isTrue();
    assertThat(tree.at("/officeHolders/0/leadingPosts").toString())
        .isEqualTo("[\"PARTY_SECRETARY\",\"COLLECTIVE_HEAD\"]");
    assertThat(tree.at("/candidates/0/eligibility/unmet").toString())
        .isEqualTo("[\"partyMember\",\"residencePermit\"]");
    assertThat(tree.at("/candidates/0/explanation/source/decided").textValue())
        .isEqualTo("2022-07-14");
  }
}
