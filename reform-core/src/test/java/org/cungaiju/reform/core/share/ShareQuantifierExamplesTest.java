package org.cungaiju.reform.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.share.Schemes.BASE;
import static org.cungaiju.reform.core.share.Schemes.FARM_AGE;
import static org.cungaiju.reform.core.share.Schemes.ORG;
import static org.cungaiju.reform.core.share.Schemes.POPULATION;
import static org.cungaiju.reform.core.share.Schemes.member;
import static org.cungaiju.reform.core.share.Schemes.population;
import static org.cungaiju.reform.core.share.Schemes.terms;

import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;
import org.cungaiju.reform.core.allocation.Method;
import org.junit.jupiter.api.Test;

/** Quantifications worked out by hand. */
class ShareQuantifierExamplesTest {

  /**
   * 1,000 shares, 20% collective: the organization keeps floor(0.2 × 1000) = 200, the three
   * members share 800. Each quota is 800/3 = 266⅔: floors 3 × 266 = 798, and the 2 shares left
   * go to two of three equal remainders of ⅔ — a tie, given in member order to p1 and p2, with
   * p3 passed over.
   */
  @Test
  void threeEqualMembersAndACollectiveShareOfAFifth() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(1000, "0.2", Method.LARGEST_REMAINDER, POPULATION),
        List.of(population("p1", "1"), population("p2", "1"), population("p3", "1")));

    assertThat(q.collectiveShares()).isEqualTo(200);
    assertThat(q.memberShares()).isEqualTo(800);
    assertThat(q.members()).extracting(MemberShares::shares).containsExactly(267L, 267L, 266L);
    assertThat(q.members()).extracting(MemberShares::quota)
        .containsOnly(Fraction.of(800, 3));
    assertThat(q.members()).extracting(MemberShares::remainderShare)
        .containsExactly(true, true, false);
    assertThat(q.members()).extracting(MemberShares::tie).containsExactly(TieOutcome.AWARDED,
        TieOutcome.AWARDED, TieOutcome.PASSED_OVER);
    assertThat(q.tieAwarded()).containsExactly("p1", "p2");
    assertThat(q.tiePassedOver()).containsExactly("p3");
    assertThat(q.register().holdings()).containsExactly(
        new Holding("p1", "population", 267), new Holding("p2", "population", 267),
        new Holding("p3", "population", 266), new Holding(ORG, "collective", 200));
    assertThat(q.register().totalShares()).isEqualTo(1000);
    assertThat(q.members().get(0).outcome())
        .isEqualTo("267 shares: floor 266 of quota 800/3 + 1 remainder share; tied at the "
            + "margin, awarded by member order");
    assertThat(q.explanation().outcome()).contains("1000 shares: 800 to 3 members",
        "200 collective", "p1, p2 awarded", "p3 passed over");
    assertThat(q.explanation().parameters()).containsEntry("collectiveShares",
        "floor(0.2 × 1000)");
  }

  /** Weights 5 : 3 : 2 over the 800 members' shares: quotas 400, 240 and 160, whole, no tie. */
  @Test
  void wholeQuotasNeedNoRemainder() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(1000, "0.2", Method.LARGEST_REMAINDER, POPULATION),
        List.of(population("p1", "5"), population("p2", "3"), population("p3", "2")));
    assertThat(q.members()).extracting(MemberShares::shares).containsExactly(400L, 240L, 160L);
    assertThat(q.isTied()).isFalse();
  }

  /**
   * Two classes, 100 shares, no collective. p1 weighs population 1 + farm age 12 = 13, p2
   * population 1; all weight 14. Quotas: p1 100 × 13/14 = 92 + 6/7, p2 100/14 = 7 + 1/7; floors
   * 99, the last share to the larger remainder (6/7): p1 93, p2 7. p1's 93 split over its
   * classes 1 : 12: 93/13 = 7 + 2/13 and 93 × 12/13 = 85 + 11/13; floors 92, the last share to
   * farm age: population 7, farm age 86. Class totals: population 14, farm age 86.
   */
  @Test
  void membersFirstThenTheirClasses() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(100, null, Method.LARGEST_REMAINDER, POPULATION, FARM_AGE),
        List.of(member("p1", "h1", "population", "1", "farmAge", "12"),
            member("p2", "h1", "population", "1", "farmAge", "0")));

    MemberShares p1 = q.member("p1").orElseThrow();
    assertThat(p1.quota()).isEqualTo(Fraction.of(1300, 14));
    assertThat(p1.shares()).isEqualTo(93);
    assertThat(p1.classes()).extracting(ClassShares::shares).containsExactly(7L, 86L);
    assertThat(p1.classes()).extracting(ClassShares::quota)
        .containsExactly(Fraction.of(93, 13), Fraction.of(93 * 12, 13));
    assertThat(p1.classes()).extracting(ClassShares::remainderShare).containsExactly(false, true);
    assertThat(q.member("p2").orElseThrow().shares()).isEqualTo(7);
    assertThat(q.register().totalsByClass()).containsExactly(Map.entry("population", 14L),
        Map.entry("farmAge", 86L));
    assertThat(q.households()).singleElement()
        .satisfies(h -> assertThat(h.shares()).isEqualTo(100));
  }

  /**
   * No number of shares, and weights 1, 1.2 and 0.5: one decimal, so each share stands for 0.1
   * of a unit of weight and the members hold 10, 12 and 5 = 27 shares. A collective ratio of 0.2
   * keeps floor(0.2 × 27 ÷ 0.8) = floor(6.75) = 6 (6 of 33 is 18.2%, 7 of 34 would be 20.6%).
   */
  @Test
  void sharesEqualWeightsScaledToWholeNumbers() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(0, "0.2", Method.LARGEST_REMAINDER, POPULATION),
        List.of(population("p1", "1"), population("p2", "1.2"), population("p3", "0.5")));
    assertThat(q.weightPerShare()).contains(Weight.parse("0.1"));
    assertThat(q.members()).extracting(MemberShares::shares).containsExactly(10L, 12L, 5L);
    assertThat(q.collectiveShares()).isEqualTo(6);
    assertThat(q.totalShares()).isEqualTo(33);
    assertThat(q.isTied()).isFalse();
    assertThat(q.members().get(1).outcome()).isEqualTo("12 shares: 10 shares per unit of weight "
        + "(weight 1.2)");
  }

  @Test
  void wholeWeightsAreSharesOneForOne() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(0, null, Method.LARGEST_REMAINDER, POPULATION, FARM_AGE),
        List.of(member("p1", "h1", "population", "1", "farmAge", "12")));
    assertThat(q.weightPerShare()).contains(Weight.ONE);
    assertThat(q.register().holdings()).containsExactly(new Holding("p1", "population", 1),
        new Holding("p1", "farmAge", 12));
  }

  /** D'Hondt over 5 : 3 : 2 for 7 shares: quotients 5, 3, 2.5, 2, 1.67, 1.5, 1.25 → 4, 2, 1. */
  @Test
  void followsTheSchemesMethod() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(7, null, Method.DHONDT, POPULATION),
        List.of(population("p1", "5"), population("p2", "3"), population("p3", "2")));
    assertThat(q.members()).extracting(MemberShares::shares).containsExactly(4L, 2L, 1L);
    assertThat(q.members().get(0).outcome()).startsWith("4 shares: dhondt at divisor");
  }

  @Test
  void aMemberWithoutWeightIsListedWithNoShareAndLeftOutOfTheRegister() {
    Quantification q = ShareQuantifier.quantify(ORG, BASE,
        terms(10, null, Method.LARGEST_REMAINDER, POPULATION),
        List.of(population("p1", "1"), population("p2", "0")));
    assertThat(q.member("p2").orElseThrow().shares()).isZero();
    assertThat(q.register().holdings()).extracting(Holding::holderId).containsExactly("p1");
  }

  @Test
  void refusesANumberOfSharesNoMemberCanTake() {
    assertThatThrownBy(() -> ShareQuantifier.quantify(ORG, BASE,
        terms(10, null, Method.LARGEST_REMAINDER, POPULATION),
        List.of(population("p1", "0"))))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining("org1").hasMessageContaining("none of its 1 members");
    assertThatThrownBy(() -> ShareQuantifier.quantify(ORG, BASE,
        terms(10, null, Method.LARGEST_REMAINDER, POPULATION), List.of()))
        .isInstanceOf(InfeasibleException.class).hasMessageContaining("it has no members");
  }

  @Test
  void aWholeCollectiveRatioNeedsANumberOfShares() {
    assertThatThrownBy(() -> ShareQuantifier.quantify(ORG, BASE,
        terms(0, "1", Method.LARGEST_REMAINDER, POPULATION), List.of(population("p1", "1"))))
        .isInstanceOf(InfeasibleException.class).hasMessageContaining("ratio of 1");
    Quantification all = ShareQuantifier.quantify(ORG, BASE,
        terms(50, "1", Method.LARGEST_REMAINDER, POPULATION), List.of(population("p1", "1")));
    assertThat(all.collectiveShares()).isEqualTo(50);
    assertThat(all.member("p1").orElseThrow().shares()).isZero();
  }

  @Test
  void refusesMembersListedTwiceOrWithTheWrongClasses() {
    assertThatThrownBy(() -> ShareQuantifier.quantify(ORG, BASE,
        terms(10, null, Method.LARGEST_REMAINDER, POPULATION, FARM_AGE),
        List.of(member("p1", "h1", "population", "1", "farmAge", "2"),
            member("p1", "h1", "population", "1", "farmAge", "2"),
            member("p2", "h1", "population", "1"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path())
            .containsExactly("members[1].personId", "members[2].weights"));
  }
}
