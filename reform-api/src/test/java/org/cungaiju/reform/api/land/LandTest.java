package org.cungaiju.reform.api.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.value.Weight;
import org.junit.jupiter.api.Test;

/** RetainedLand, HomesteadWithdrawal and Land. */
class LandTest {

  @Test
  void keepsAreasExactToTheSquareMillimetre() {
    RetainedLand r = new RetainedLand("v1", Weight.parse("12345.678901"), Weight.parse("500.50"));
    assertThat(r.expropriatedArea().toString()).isEqualTo("12345.678901");
    assertThat(r.realizedArea()).isEqualTo(Weight.parse("500.5"));
    assertThat(new RetainedLand(r.organizationId(), r.expropriatedArea(), r.realizedArea()))
        .isEqualTo(r);
  }

  @Test
  void refusesAreasFinerThanSixDecimals() {
    Violation v = refused(() -> new RetainedLand("v1", Weight.parse("1.0000001"), Weight.ZERO))
        .violations().get(0);
    assertThat(v.path()).isEqualTo("expropriatedArea");
    assertThat(v.problem()).isEqualTo("has more than 6 decimals");
    assertThat(refused(() -> new HomesteadWithdrawal("w1", "h1", "v1",
        Weight.parse("0.1234567"), LocalDate.of(2025, 1, 1))).violations().get(0).path())
        .isEqualTo("homesteadArea");
  }

  @Test
  void refusesBadIds() {
    assertThat(refused(() -> new HomesteadWithdrawal("w1", "h 1", "v1", Weight.of(120),
        LocalDate.of(2025, 1, 1))).violations().get(0).path()).isEqualTo("householdId");
    assertThat(refused(() -> new RetainedLand("", Weight.ONE, Weight.ZERO)).violations().get(0)
        .path()).isEqualTo("organizationId");
  }

  @Test
  void theEmptySectionRecordsNothing() {
    assertThat(Land.EMPTY.retainedLand()).isEmpty();
    assertThat(Land.EMPTY.homesteadWithdrawals()).isEmpty();
    assertThat(new Land(ImmutableList.of(), ImmutableList.of())).isEqualTo(Land.EMPTY);
  }
}
