package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.TieRefusedException;
import org.cungaiju.reform.api.value.Weight;
import org.junit.jupiter.api.Test;

/** Requests that have no result, refused with messages that say why and what would do. */
class ApportionmentErrorsTest {

  private static final Apportionment LR = Apportionment.of(Method.LARGEST_REMAINDER);

  @Test
  void refusesANegativeWeight() {
    assertThatThrownBy(() -> Claim.of("a", -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("weight").hasMessageContaining("-1").hasMessageContaining("negative");
    assertThatThrownBy(() -> LR.allocate(3, new long[] {2, -5}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("weights[1]").hasMessageContaining("-5")
        .hasMessageContaining("negative");
  }

  @Test
  void refusesANegativeTotal() {
    assertThatThrownBy(() -> LR.allocate(-1, List.of(Claim.of("a", 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("total").hasMessageContaining("-1").hasMessageContaining("negative");
  }

  @Test
  void refusesATotalAbove2To62() {
    assertThatThrownBy(() -> LR.allocate(Apportionment.MAX + 1, new long[] {1}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2^62");
  }

  @Test
  void refusesToShareAPositiveTotalAmongZeroWeights() {
    for (Method m : Method.values()) {
      assertThatThrownBy(() -> Apportionment.of(m).allocate(5,
              List.of(Claim.of("a", 0), Claim.of("b", Weight.parse("0.00")))))
          .as(m.id()).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("zero").hasMessageContaining("positive weight");
    }
  }

  @Test
  void sharesNothingAmongZeroWeightsOrTheirMinimums() {
    assertThat(LR.allocate(0, new long[] {0, 0}).units().toArray()).containsExactly(0, 0);
    Allocation a = Apportionment.of(Method.DHONDT).allocate(3,
        List.of(Claim.of("a", 0).withMin(1), Claim.of("b", 0).withMin(2)));
    assertThat(a.units().toArray()).containsExactly(1, 2);
  }

  @Test
  void refusesMinimumsAboveTheTotal() {
    assertThatThrownBy(() -> Apportionment.of(Method.HUNTINGTON_HILL).allocate(3, List.of(
            Claim.of("CA", 10).withMin(2), Claim.of("TX", 5).withMin(2))))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining("minimums add up to 4").hasMessageContaining("claim 'CA' minimum 2")
        .hasMessageContaining("accepted");
  }

  @Test
  void refusesMaximumsBelowTheTotal() {
    assertThatThrownBy(() -> Apportionment.of(Method.SAINTE_LAGUE).allocate(10, List.of(
            Claim.of("a", 10).withMax(4), Claim.of("b", 5).withMax(3), Claim.of("z", 0))))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining("at most 7").hasMessageContaining("claim 'a' maximum 4");
  }

  @Test
  void refusesDuplicateClaimIds() {
    assertThatThrownBy(() -> LR.allocate(3, List.of(Claim.of("a", 1), Claim.of("b", 1),
            Claim.of("a", 2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("claims[2].id").hasMessageContaining("'a'")
        .hasMessageContaining("claims[0]");
  }

  @Test
  void refusesBoundsThatContradictEachOther() {
    assertThatThrownBy(() -> Claim.of("a", 1).withMin(-1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("min");
    assertThatThrownBy(() -> Claim.of("a", 1).withMax(3).withMin(4))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("below the minimum 4");
    assertThatThrownBy(() -> LR.allocate(3, new long[] {1, 1}, new long[] {0, 2}, new long[] {1, 1}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("maximums[1]");
    assertThatThrownBy(() -> LR.allocate(3, new long[] {1, 1}, new long[] {0}, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minimums");
  }

  @Test
  void refusesATieWhenAskedToNamingEveryTiedClaim() {
    List<Claim> claims = List.of(Claim.of("a", 1), Claim.of("b", 2), Claim.of("c", 1));
    // quotas 1/2, 1, 1/2: the last unit is tied between a and c
    assertThat(LR.allocate(2, claims).tiedIds()).containsExactly("a", "c");
    assertThatThrownBy(() -> LR.refusingTies().allocate(2, claims))
        .isInstanceOfSatisfying(TieRefusedException.class,
            e -> assertThat(e.tiedIds()).containsExactly("a", "c"))
        .hasMessageContaining("a, c").hasMessageContaining("last 1 unit");
    assertThatThrownBy(() -> LR.refusingTies().allocate(2, new long[] {1, 2, 1}))
        .isInstanceOfSatisfying(TieRefusedException.class,
            e -> assertThat(e.tiedIds()).containsExactly("[0]", "[2]"));
  }

  @Test
  void allocatesAnUntiedResultEvenWhenRefusingTies() {
    assertThat(LR.refusingTies().allocate(4, new long[] {1, 2, 1}).units().toArray())
        .containsExactly(1, 2, 1);
  }

  @Test
  void refusesAnUnknownClaimId() {
    Allocation a = LR.allocate(1, List.of(Claim.of("a", 1)));
    assertThatThrownBy(() -> a.unitsOf("b")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'b'");
  }
}
