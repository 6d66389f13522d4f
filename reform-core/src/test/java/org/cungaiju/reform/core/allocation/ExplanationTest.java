package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.core.allocation.ClaimExplanation.Bound;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.junit.jupiter.api.Test;

/** What a claim's explanation says, checked against results worked out by hand. */
class ExplanationTest {

  @Test
  void explainsALargestRemainderUnit() {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(100,
        List.of(Claim.of("a", 2), Claim.of("b", 3), Claim.of("c", 1)));
    ClaimExplanation c = a.explain("c");
    assertThat(c.quota()).isEqualTo(Fraction.of(50, 3));
    assertThat(c.floor()).isEqualTo(16);
    assertThat(c.units()).isEqualTo(17);
    assertThat(c.remainderUnit()).isTrue();
    assertThat(c.tie()).isEqualTo(TieOutcome.NOT_TIED);
    assertThat(c.divisor()).isEmpty();
    assertThat(c.outcome()).isEqualTo("17 units: floor 16 of quota 50/3 + 1 remainder unit");
    ClaimExplanation b = a.explain("b");
    assertThat(b.quota()).isEqualTo(Fraction.of(50));
    assertThat(b.remainderUnit()).isFalse();
    assertThat(a.indexed().receivedRemainderUnit(0)).isFalse();
  }

  @Test
  void explainsATieByClaimOrder() {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(2,
        List.of(Claim.of("a", 1), Claim.of("b", 1), Claim.of("c", 1)));
    assertThat(a.units().toArray()).containsExactly(1, 1, 0);
    assertThat(a.explain("a").tie()).isEqualTo(TieOutcome.AWARDED);
    assertThat(a.explain("c").tie()).isEqualTo(TieOutcome.PASSED_OVER);
    assertThat(a.explain("c").outcome()).endsWith("passed over by claim order");
    assertThat(a.explain("c").quota()).isEqualTo(Fraction.of(2, 3));
  }

  /**
   * The textbook D'Hondt example: the eighth largest quotient, the last seat, is the first
   * party's fourth, 100 000/4 = 25 000: the divisor.
   */
  @Test
  void givesTheDivisorOfADivisorMethod() {
    Allocation a = Apportionment.of(Method.DHONDT).allocate(8, List.of(Claim.of("A", 100_000),
        Claim.of("B", 80_000), Claim.of("C", 30_000), Claim.of("D", 20_000)));
    Divisor d = a.indexed().divisor().orElseThrow();
    assertThat(d.unit()).isEqualTo(4);
    assertThat(d.value()).contains(Fraction.of(25_000));
    assertThat(a.explain("B").quota()).isEqualTo(Fraction.of(8 * 80_000, 230_000));
    assertThat(a.explain("B").outcome()).isEqualTo("3 units: dhondt at divisor 25000 (quota 64/23)");
  }

  /**
   * Huntington–Hill over 5, 3 and 1 with 6 units: after a first unit each, the three largest of
   * the priorities 5/√2 = 3.54, 3/√2 = 2.12, 5/√6 = 2.04, 5/√12 = 1.44, 3/√6 = 1.22 and
   * 1/√2 = 0.71 take the other three; the last, 5/√(2·3), is the divisor.
   */
  @Test
  void givesAnIrrationalDivisorBySquare() {
    IndexedAllocation a = Apportionment.of(Method.HUNTINGTON_HILL).allocate(6,
        new long[] {5, 3, 1});
    assertThat(a.units().toArray()).containsExactly(3, 2, 1);
    Divisor d = a.divisor().orElseThrow();
    assertThat(d.value()).isEmpty();
    assertThat(d.squared()).isEqualTo(Fraction.of(25, 6));
    assertThat(d).hasToString("5/√(2·3)");
  }

  /**
   * Largest remainder with a minimum, worked by fixing and re-apportioning: quotas of 1, 1, 10
   * over 12 units put the first below its minimum of 3. Fixed at 3, the other two share 9:
   * 9/11 and 90/11, floors 0 and 8, the unit left to the larger remainder 9/11.
   */
  @Test
  void explainsABoundedQuota() {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(12, List.of(
        Claim.of("a", 1).withMin(3), Claim.of("b", 1), Claim.of("c", 10)));
    assertThat(a.units().toArray()).containsExactly(3, 1, 8);
    assertThat(a.explain("a").bound()).isEqualTo(Bound.MINIMUM);
    assertThat(a.explain("a").quota()).isEqualTo(Fraction.of(3));
    assertThat(a.explain("b").quota()).isEqualTo(Fraction.of(9, 11));
    assertThat(a.explain("b").remainderUnit()).isTrue();
    assertThat(a.explain("c").quota()).isEqualTo(Fraction.of(90, 11));
    assertThat(a.explain("c").bound()).isEqualTo(Bound.NONE);
  }

  /** Quotas 10, 1, 1 over 12 units, the first at most 6: fixed at 6, the others share 6. */
  @Test
  void explainsAMaximum() {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(12, List.of(
        Claim.of("a", 10).withMax(6), Claim.of("b", 1), Claim.of("c", 1)));
    assertThat(a.units().toArray()).containsExactly(6, 3, 3);
    assertThat(a.explain("a").bound()).isEqualTo(Bound.MAXIMUM);
    Allocation d = Apportionment.of(Method.DHONDT).allocate(12, List.of(
        Claim.of("a", 10).withMax(6), Claim.of("b", 1), Claim.of("c", 1)));
    assertThat(d.units().toArray()).containsExactly(6, 3, 3);
    assertThat(d.explain("a").bound()).isEqualTo(Bound.MAXIMUM);
    assertThat(d.explain("b").bound()).isEqualTo(Bound.NONE);
  }

  /** Alaska's one seat comes from the minimum: its weight alone would not earn it at 435. */
  @Test
  void explainsASeatGivenByAMinimum() {
    Allocation a = Apportionment.of(Method.HUNTINGTON_HILL).allocate(3, List.of(
        Claim.of("big", 1_000).withMin(1), Claim.of("small", 1).withMin(1)));
    assertThat(a.units().toArray()).containsExactly(2, 1);
    assertThat(a.explain("big").bound()).isEqualTo(Bound.NONE);
    Allocation d = Apportionment.of(Method.DHONDT).allocate(3, List.of(
        Claim.of("big", 1_000).withMin(1), Claim.of("small", 1).withMin(1)));
    assertThat(d.explain("small").bound()).isEqualTo(Bound.MINIMUM);
    assertThat(d.explain("small").outcome()).startsWith("1 unit: held at its minimum");
  }

  @Test
  void turnsIntoTheLibrarysExplanation() {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(100,
        List.of(Claim.of("a", 2), Claim.of("b", 3), Claim.of("c", 1)));
    Explanation e = a.explain("c").toExplanation("jiangmen-default", "2022-01-01",
        PolicySource.of("江农改〔2022〕1号", "", LocalDate.of(2022, 1, 1)));
    assertThat(e.ruleId()).isEqualTo("allocation.largest-remainder");
    assertThat(e.inputs()).containsEntry("claim", "c").containsEntry("weight", "1");
    assertThat(e.parameters()).containsEntry("quota", "50/3");
    assertThat(e.outcome()).isEqualTo(a.explain("c").outcome());
  }
}
