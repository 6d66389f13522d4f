package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The classic paradoxes of apportionment, worked out by hand: why a county may prefer a divisor
 * method to largest remainder, and what the divisor methods give up in exchange. Also the
 * counter-examples to two popular money libraries.
 */
class ParadoxesTest {

  private static long[] allocate(Method method, long total, long... weights) {
    return Apportionment.of(method).allocate(total, weights).units().toArray();
  }

  /**
   * Alabama paradox: one more unit in all takes a unit from a claim. Weights 6, 6, 2 (sum 14).
   * At 10 units the quotas are 4.29, 4.29, 1.43: floors 4, 4, 1 and the one unit left goes to
   * the largest remainder, .43. At 11 they are 4.71, 4.71, 1.57: floors 4, 4, 1 and the two
   * units left go to the remainders .71 — the third claim loses its unit.
   */
  @Test
  void largestRemainderShowsTheAlabamaParadox() {
    assertThat(allocate(Method.LARGEST_REMAINDER, 10, 6, 6, 2)).containsExactly(4, 4, 2);
    assertThat(allocate(Method.LARGEST_REMAINDER, 11, 6, 6, 2)).containsExactly(5, 5, 1);
  }

  /** The divisor methods never take a unit away when the total grows. */
  @Test
  void divisorMethodsDoNotShowTheAlabamaParadox() {
    for (Method m : List.of(Method.DHONDT, Method.SAINTE_LAGUE, Method.HUNTINGTON_HILL,
        Method.ADAMS)) {
      long[] at10 = allocate(m, 10, 6, 6, 2);
      long[] at11 = allocate(m, 11, 6, 6, 2);
      for (int i = 0; i < 3; i++) {
        assertThat(at11[i]).as("%s claim %s", m, i).isGreaterThanOrEqualTo(at10[i]);
      }
    }
  }

  /**
   * Population paradox: a claim that grew by half loses a unit to one that grew less. At 7
   * units, weights 2, 13, 11 (sum 26) have quotas .54, 3.50, 2.96: floors 0, 3, 2, the two
   * left to .96 and .54. Weights 3, 19, 15 (sum 37) have quotas .57, 3.59, 2.84: the two left
   * go to .84 and .59 — the first claim grew by 50 %, the second by 46 %, yet the first loses
   * its unit to the second.
   */
  @Test
  void largestRemainderShowsThePopulationParadox() {
    assertThat(allocate(Method.LARGEST_REMAINDER, 7, 2, 13, 11)).containsExactly(1, 3, 3);
    assertThat(allocate(Method.LARGEST_REMAINDER, 7, 3, 19, 15)).containsExactly(0, 4, 3);
  }

  /**
   * Sainte-Laguë can fall below the lower quota: 17 units over 43, 5, 2, 2 (sum 52) give the
   * first claim a quota of 14.06, yet 13 units. Divisors 1, 3, 5, … (the odd numbers): the
   * first claim's 13th unit has priority 43/25 = 1.72, its 14th 43/27 = 1.59; the small claims'
   * second units 2/3 = .67 and the 5's third 5/5 = 1, so the cut-off lies between 1.59 and 1.72
   * after 13 + 2 + 1 + 1 = 17 units.
   */
  @Test
  void sainteLagueCanFallBelowTheLowerQuota() {
    long[] units = allocate(Method.SAINTE_LAGUE, 17, 43, 5, 2, 2);
    assertThat(units).containsExactly(13, 2, 1, 1);
    assertThat(units[0]).isLessThan(17 * 43 / 52); // the quota's floor, 14
  }

  /**
   * D'Hondt can exceed the upper quota: 100 units over 5117, 4400, 162, 161, 160 (sum 10 000)
   * give the second claim a quota of exactly 44, yet 45 units. Any divisor between 5117/53 =
   * 96.5 and 4400/45 = 97.8 rounds the quotients down to 52, 45, 1, 1, 1.
   */
  @Test
  void dhondtCanExceedTheUpperQuota() {
    long[] units = allocate(Method.DHONDT, 100, 5117, 4400, 162, 161, 160);
    assertThat(units).containsExactly(52, 45, 1, 1, 1);
    assertThat(units[1]).isGreaterThan(100 * 4400 / 10_000); // the quota, 44
  }

  /**
   * dinero.js gives the leftover units to the largest ratio: 100 by 2, 3, 1 → 33, 51, 16.
   * Largest remainder: quotas 33.33, 50, 16.67, floors 33, 50, 16, the one left to .67.
   */
  @Test
  void givesTheLeftoverUnitToTheLargestRemainderNotTheLargestRatio() {
    assertThat(allocate(Method.LARGEST_REMAINDER, 100, 2, 3, 1)).containsExactly(33, 50, 17);
  }

  /**
   * Fowler's allocate gives leftover units to the first parties, so 1 by 0, 3, 4 → 1, 0, 0: a
   * zero weight receives a unit. No method here ever does.
   */
  @Test
  void neverGivesAZeroWeightAUnit() {
    for (Method m : Method.values()) {
      assertThat(allocate(m, 1, 0, 3, 4)).as(m.id()).containsExactly(0, 0, 1);
    }
  }

  /**
   * The textbook example of D'Hondt and Sainte-Laguë: 8 seats over 100 000, 80 000, 30 000 and
   * 20 000 votes. D'Hondt's eight largest quotients are 100 000, 80 000, 50 000, 40 000, 33 333,
   * 30 000, 26 667, 25 000: 4, 3, 1, 0. Sainte-Laguë's (divisors 1, 3, 5, …) are 100 000,
   * 80 000, 33 333, 30 000, 26 667, 20 000, 20 000, 16 000: 3, 3, 1, 1.
   */
  @Test
  void dhondtFavoursLargeClaimsAndSainteLagueLessSo() {
    assertThat(allocate(Method.DHONDT, 8, 100_000, 80_000, 30_000, 20_000))
        .containsExactly(4, 3, 1, 0);
    assertThat(allocate(Method.SAINTE_LAGUE, 8, 100_000, 80_000, 30_000, 20_000))
        .containsExactly(3, 3, 1, 1);
  }

  /**
   * Adams favours small claims: with divisors 0, 1, 2, … every claim first gets one unit, then
   * 3 units over 5, 3, 1 go by quotients 5/1, 3/1, 5/2: 3, 2, 1 (D'Hondt: 4, 2, 0).
   */
  @Test
  void adamsFavoursSmallClaims() {
    assertThat(allocate(Method.ADAMS, 6, 5, 3, 1)).containsExactly(3, 2, 1);
    assertThat(allocate(Method.DHONDT, 6, 5, 3, 1)).containsExactly(4, 2, 0);
  }

  /**
   * Huntington–Hill and Adams give a weight without a unit an infinite priority; with fewer units
   * than such claims, the larger weights come first: 2 units over 1, 5, 3 → 0, 1, 1.
   */
  @Test
  void givesFirstUnitsToTheLargestWeightsWhenTheyRunShort() {
    assertThat(allocate(Method.HUNTINGTON_HILL, 2, 1, 5, 3)).containsExactly(0, 1, 1);
    assertThat(allocate(Method.ADAMS, 2, 1, 5, 3)).containsExactly(0, 1, 1);
  }

  /** The total does not matter to the running time: 2^62 units over 3 : 1 by D'Hondt. */
  @Test
  void sharesAHugeTotalExactly() {
    long m = 1L << 60;
    for (Method method : Method.values()) {
      assertThat(allocate(method, 4 * m, 3, 1)).as(method.id()).containsExactly(3 * m, m);
    }
  }

  @Test
  void sharesAmongManyEqualClaimsByClaimOrder() {
    long[] weights = LongStream.generate(() -> 7).limit(10).toArray();
    for (Method m : Method.values()) {
      IndexedAllocation a = Apportionment.of(m).allocate(23, weights);
      assertThat(a.units().toArray()).as(m.id())
          .containsExactly(3, 3, 3, 2, 2, 2, 2, 2, 2, 2);
      assertThat(a.tie().indexes().asList()).as(m.id())
          .isEqualTo(LongStream.range(0, 10).mapToObj(i -> (int) i).collect(Collectors.toList()));
      assertThat(a.tie().awardedCount()).isEqualTo(3);
    }
  }
}
