package org.cungaiju.reform.api.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

/** Governance, Appointment, SeparationFact and Office. */
class GovernanceTest {

  private static final SeparationFact ACCOUNTS =
      new SeparationFact(SeparationFactKind.SEPARATE_ACCOUNTS, true, "社区与联社分设银行账户");

  @Test
  void collectiveOfficesNameTheirOrganizationAndTheTwoCommitteesNone() {
    Appointment head = Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1");
    assertThat(head.organizationId()).contains("v1");
    assertThat(Appointment.of("p1", Office.PARTY_SECRETARY).organizationId()).isEmpty();

    Violation missing = refused(() -> new Appointment("p1", Office.COLLECTIVE_SUPERVISOR,
        Optional.empty())).violations().get(0);
    assertThat(missing.path()).isEqualTo("organizationId");
    assertThat(missing.problem()).contains("is missing for COLLECTIVE_SUPERVISOR");
    Violation extra = refused(() -> Appointment.of("p1", Office.RESIDENTS_COMMITTEE_MEMBER, "v1"))
        .violations().get(0);
    assertThat(extra.problem()).contains("is given for RESIDENTS_COMMITTEE_MEMBER");
    assertThat(refused(() -> Appointment.of("p 1", Office.PARTY_SECRETARY)).violations().get(0)
        .path()).isEqualTo("personId");
  }

  @Test
  void theThreeLeadingOfficesAreOnePerBody() {
    assertThat(java.util.Arrays.stream(Office.values()).filter(Office::isLeading))
        .containsExactly(Office.PARTY_SECRETARY, Office.RESIDENTS_COMMITTEE_DIRECTOR,
            Office.COLLECTIVE_HEAD)
        .extracting(Office::body).doesNotHaveDuplicates();
    assertThat(Office.PARTY_COMMITTEE_MEMBER.body().isTwoCommittees()).isTrue();
    assertThat(Office.COLLECTIVE_BOARD_MEMBER.body().isTwoCommittees()).isFalse();
  }

  @Test
  void factsPointToSeparationOrMixing() {
    assertThat(ACCOUNTS.pointsToSeparation()).isTrue();
    assertThat(new SeparationFact(SeparationFactKind.SEPARATE_ACCOUNTS, false, "共用一个账户")
        .pointsToSeparation()).isFalse();
    // public spending paid from the collective's income is mixing when it holds
    assertThat(new SeparationFact(SeparationFactKind.PUBLIC_SPENDING_FROM_COLLECTIVE, true,
        "2024年社区保洁费由联社支付").pointsToSeparation()).isFalse();
    assertThat(refused(() -> new SeparationFact(SeparationFactKind.SEPARATE_SEALS, true, " "))
        .violations().get(0).path()).isEqualTo("evidence");
  }

  @Test
  void keepsOrderAndFindsFactsAndOffices() {
    Governance g = new Governance(ImmutableList.of("p3", "p1"), ImmutableList.of(
        Appointment.of("p1", Office.PARTY_SECRETARY),
        Appointment.of("p2", Office.RESIDENTS_COMMITTEE_MEMBER),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1")), ImmutableList.of(ACCOUNTS));
    assertThat(g.voterRoll()).containsExactly("p3", "p1");
    assertThat(g.appointmentsOf("p1")).extracting(Appointment::office)
        .containsExactly(Office.PARTY_SECRETARY, Office.COLLECTIVE_HEAD);
    assertThat(g.fact(SeparationFactKind.SEPARATE_ACCOUNTS)).contains(ACCOUNTS);
    assertThat(g.fact(SeparationFactKind.SEPARATE_SEALS)).isEmpty();
    assertThat(new Governance(g.voterRoll(), g.appointments(), g.facts())).isEqualTo(g);
  }

  @Test
  void refusesRepeats() {
    assertThat(refused(() -> new Governance(ImmutableList.of("p1", "p1"), ImmutableList.of(),
        ImmutableList.of())).violations().get(0).toString())
        .isEqualTo("voterRoll: is listed twice (value 'p1'); accepted: distinct person ids");
    assertThat(refused(() -> new Governance(ImmutableList.of(), ImmutableList.of(
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1"),
        Appointment.of("p1", Office.COLLECTIVE_HEAD, "v1")), ImmutableList.of()))
        .violations().get(0).value()).isEqualTo("p1 COLLECTIVE_HEAD v1");
    assertThat(refused(() -> new Governance(ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(ACCOUNTS, ACCOUNTS))).violations().get(0).path()).isEqualTo("facts");
  }
}
