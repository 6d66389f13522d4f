package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.cungaiju.reform.api.value.Weight;
import org.junit.jupiter.api.Test;

/** Weights and totals near 2^62, where binary floating point would pick the wrong claims. */
class BigNumbersTest {

  private static final long MAX = 1L << 62;

  /** {@code v} rounded to the 53 significant bits a binary64 number keeps. */
  private static BigInteger toDoublePrecision(long v) {
    BigInteger b = BigInteger.valueOf(v);
    int drop = Math.max(0, b.bitLength() - 53);
    BigInteger half = drop == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(drop - 1);
    return b.add(half).shiftRight(drop).shiftLeft(drop);
  }

  @Test
  void picksTheLargerWeightWhereFloatingPointSeesATie() {
    long[] weights = {MAX - 1, MAX};
    // at a double's precision the two weights are the same number, so a floating-point
    // implementation sees a tie and gives the unit to the first claim by order
    assertThat(toDoublePrecision(weights[0])).isEqualTo(toDoublePrecision(weights[1]));
    for (Method m : Method.values()) {
      IndexedAllocation a = Apportionment.of(m).allocate(1, weights);
      assertThat(a.units().toArray()).as(m.id()).containsExactly(0, 1);
      assertThat(a.isTied()).as(m.id()).isFalse();
    }
  }

  /**
   * 2^62 units over 2^62 - 1, 2^62 - 2 and 3 (sum 2^63, beyond a long): quotas 2^61 - 1/2,
   * 2^61 - 1 and 3/2; floors add up to 2^62 - 1, and the last unit is tied between the first
   * and the third claim (remainders 1/2 each): claim order gives it to the first.
   */
  @Test
  void findsAnExactTieAmongHugeQuotas() {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(MAX, List.of(
        Claim.of("a", MAX - 1), Claim.of("b", MAX - 2), Claim.of("c", 3)));
    long half = MAX / 2;
    assertThat(a.units().toArray()).containsExactly(half, half - 1, 1);
    assertThat(a.tieAwardedIds()).containsExactly("a");
    assertThat(a.tiePassedOverIds()).containsExactly("c");
    assertThat(a.explain("a").quota()).isEqualTo(Fraction.of(MAX - 1, 2));
  }

  /**
   * A decimal weight far below a huge one (scaled to 18 decimals, beyond a long): the tiny
   * weight's quota is 5 / (2^62·10^36 + 1), so largest remainder and D'Hondt give it nothing,
   * while Huntington–Hill's first-unit priority gives it one.
   */
  @Test
  void sharesBetweenAHugeAndATinyDecimalWeight() {
    List<Claim> claims = List.of(Claim.of("huge", Weight.of(MAX)),
        Claim.of("tiny", Weight.parse("0.000000000000000001")));
    assertThat(Apportionment.of(Method.LARGEST_REMAINDER).allocate(5, claims).units().toArray())
        .containsExactly(5, 0);
    assertThat(Apportionment.of(Method.DHONDT).allocate(5, claims).units().toArray())
        .containsExactly(5, 0);
    assertThat(Apportionment.of(Method.HUNTINGTON_HILL).allocate(5, claims).units().toArray())
        .containsExactly(4, 1);
  }

  /** Ten weights of 2^62 (sum beyond a long) share 25 units: 2 each and a tie for 5 more. */
  @Test
  void tiesEqualHugeWeightsByClaimOrder() {
    long[] weights = new long[10];
    java.util.Arrays.fill(weights, MAX);
    for (Method m : Method.values()) {
      IndexedAllocation a = Apportionment.of(m).allocate(25, weights);
      assertThat(a.units().toArray()).as(m.id()).containsExactly(3, 3, 3, 3, 3, 2, 2, 2, 2, 2);
      assertThat(a.tie().size()).isEqualTo(10);
      assertThat(a.tie().awardedCount()).isEqualTo(5);
    }
  }

  /**
   * Sainte-Laguë over 2^62 - 1 and 1 with 2^62 units. Unit j of the large claim has priority
   * (2^62 - 1)/(j - 1/2): above 1 up to j = 2^62 - 1, just below 1 at j = 2^62. The small
   * claim's first unit has priority 1/(1/2) = 2, its second 1/(3/2) = 2/3. The 2^62 highest are
   * therefore the small claim's first and the large claim's first 2^62 - 1.
   */
  @Test
  void sharesTheLargestTotal() {
    IndexedAllocation a = Apportionment.of(Method.SAINTE_LAGUE).allocate(MAX, new long[] {MAX - 1, 1});
    assertThat(a.units().toArray()).containsExactly(MAX - 1, 1);
  }
}
