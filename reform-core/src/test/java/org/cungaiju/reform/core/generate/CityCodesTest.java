package org.cungaiju.reform.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.Sex;
import org.junit.jupiter.api.Test;

/** The city's counters give every free part of an identity number at most once. */
class CityCodesTest {

  private static final LocalDate DAY = LocalDate.of(1990, 2, 28);

  @Test
  void givesAllFiveHundredSequencesOfADayOnceThenRefuses() {
    CityCodes.Issued issued = new CityCodes.Issued(1);
    Set<Integer> men = new HashSet<>();
    Set<Integer> women = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      men.add(issued.sequence("440705", DAY, Sex.MALE));
      women.add(issued.sequence("440705", DAY, Sex.FEMALE));
    }
    assertThat(men).hasSize(500).allSatisfy(s -> assertThat(s).isBetween(0, 499));
    assertThat(women).hasSize(500);
    assertThatThrownBy(() -> issued.sequence("440705", DAY, Sex.MALE))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining("500").hasMessageContaining("1990-02-28")
        .hasMessageContaining("440705");
    // another day, code or year is counted apart
    assertThat(issued.sequence("440705", DAY.plusDays(1), Sex.MALE)).isBetween(0, 499);
    assertThat(issued.sequence("440721", DAY, Sex.MALE)).isBetween(0, 499);
    assertThat(issued.sequence("440705", DAY.plusYears(1), Sex.MALE)).isBetween(0, 499);
  }

  @Test
  void givesEveryOrganizationSerialOnceThenRefuses() {
    CityCodes.Issued issued = new CityCodes.Issued(1);
    DivisionCode xinhui = DivisionCode.parse("440705");
    boolean[] given = new boolean[1_000_000];
    int repeated = 0;
    for (int i = 0; i < 1_000_000; i++) {
      int serial = issued.serial(RegistrationType.GROUP_COLLECTIVE, xinhui);
      repeated += given[serial] ? 1 : 0;
      given[serial] = true;
    }
    assertThat(repeated).isZero();
    assertThatThrownBy(() -> issued.serial(RegistrationType.GROUP_COLLECTIVE, xinhui))
        .isInstanceOf(InfeasibleException.class).hasMessageContaining("440705");
    assertThat(issued.serial(RegistrationType.VILLAGE_COLLECTIVE, xinhui)).isBetween(0, 999_999);
  }

  @Test
  void twoCitiesOfOneSeedIssueAlike() {
    CityCodes.Issued one = new CityCodes.Issued(5);
    CityCodes.Issued two = new CityCodes.Issued(5);
    for (int i = 0; i < 20; i++) {
      assertThat(one.sequence("440781", DAY, Sex.FEMALE))
          .isEqualTo(two.sequence("440781", DAY, Sex.FEMALE));
    }
  }
}
