package org.cungaiju.reform.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.share.Schemes.BASE;
import static org.cungaiju.reform.core.share.Schemes.FARM_AGE;
import static org.cungaiju.reform.core.share.Schemes.ORG;
import static org.cungaiju.reform.core.share.Schemes.POPULATION;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.Fraction;
import org.cungaiju.reform.core.allocation.Method;

/** What every quantification keeps, over generated members, weights, totals and ratios. */
class ShareQuantifierPropertiesTest {

  @Provide
  Arbitrary<List<MemberWeights>> members() {
    Arbitrary<String> population = Arbitraries.of("0", "0.5", "1", "1", "1.2");
    Arbitrary<String> farm = Arbitraries.oneOf(Arbitraries.just("0"),
        Arbitraries.integers().between(0, 40).map(String::valueOf));
    Arbitrary<String[]> pair = Combinators.combine(population, farm).as((p, f) ->
        new String[] {p, f});
    return pair.list().ofMaxSize(30).map(pairs -> {
      List<MemberWeights> out = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        out.add(Schemes.member("p" + i, "h" + i / 3, "population", pairs.get(i)[0], "farmAge",
            pairs.get(i)[1]));
      }
      return out;
    });
  }

  @Provide
  Arbitrary<Long> totals() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 200),
        Arbitraries.longs().between(1, 10_000_000));
  }

  @Provide
  Arbitrary<String> ratios() {
    return Arbitraries.of(null, "0", "0.1", "0.2", "0.25", "0.3333", "0.5", "0.99");
  }

  private static boolean anyWeight(List<MemberWeights> members) {
    return members.stream().anyMatch(m -> m.total().signum() > 0);
  }

  private static Quantification quantify(long total, String ratio, Method method,
      List<MemberWeights> members) {
    return ShareQuantifier.quantify(ORG, BASE,
        Schemes.terms(total, ratio, method, POPULATION, FARM_AGE), members);
  }

  @Property
  void issuesExactlyTheNumberOfShares(@ForAll("members") List<MemberWeights> members,
      @ForAll("totals") long total, @ForAll("ratios") String ratio, @ForAll Method method) {
    Assume.that(anyWeight(members));
    Quantification q = quantify(total, ratio, method, members);
    assertThat(q.register().totalShares()).isEqualTo(total);
    assertThat(q.members().stream().mapToLong(MemberShares::shares).sum())
        .isEqualTo(q.memberShares());
    long collective = ratio == null ? 0 : new BigDecimal(ratio).multiply(BigDecimal.valueOf(total))
        .setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
    assertThat(q.collectiveShares()).isEqualTo(collective);
    for (MemberShares m : q.members()) {
      assertThat(m.classes().stream().mapToLong(ClassShares::shares).sum())
          .isEqualTo(m.shares());
    }
  }

  @Property
  void withoutATotalSharesAreTheWeightsScaledToWholeNumbers(
      @ForAll("members") List<MemberWeights> members, @ForAll("ratios") String ratio) {
    Quantification q = quantify(0, ratio, Method.LARGEST_REMAINDER, members);
    BigDecimal perShare = q.weightPerShare().orElseThrow().value();
    for (MemberShares m : q.members()) {
      for (ClassShares c : m.classes()) {
        assertThat(BigDecimal.valueOf(c.shares()).multiply(perShare))
            .isEqualByComparingTo(c.weight().value());
      }
    }
    if (ratio != null) {
      // the collective holds the most shares that are at most its ratio of all
      BigDecimal r = new BigDecimal(ratio);
      long c = q.collectiveShares();
      assertThat(BigDecimal.valueOf(c)).isLessThanOrEqualTo(
          r.multiply(BigDecimal.valueOf(q.totalShares())));
      assertThat(BigDecimal.valueOf(c + 1)).isGreaterThan(
          r.multiply(BigDecimal.valueOf(q.totalShares() + 1)));
    }
  }

  @Property
  void aMemberWithZeroWeightGetsNoShare(@ForAll("members") List<MemberWeights> members,
      @ForAll("totals") long total, @ForAll("ratios") String ratio, @ForAll Method method) {
    Assume.that(anyWeight(members));
    Quantification q = quantify(total, ratio, method, members);
    for (MemberShares m : q.members()) {
      if (m.weight().isZero()) {
        assertThat(m.shares()).as(m.personId()).isZero();
      }
      m.classes().stream().filter(c -> c.weight().isZero())
          .forEach(c -> assertThat(c.shares()).as(m.personId() + "/" + c.shareClassId()).isZero());
    }
  }

  @Property
  void largestRemainderKeepsEachMemberWithinOneShareOfTheQuota(
      @ForAll("members") List<MemberWeights> members, @ForAll("totals") long total,
      @ForAll("ratios") String ratio) {
    Assume.that(anyWeight(members));
    Quantification q = quantify(total, ratio, Method.LARGEST_REMAINDER, members);
    BigDecimal all = members.stream().map(MemberWeights::total)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    for (MemberShares m : q.members()) {
      // the exact quota, computed here: members' shares × weight ÷ all weight
      Fraction quota = Fraction.of(BigInteger.valueOf(q.memberShares())
          .multiply(m.weight().value().movePointRight(20).toBigIntegerExact()),
          all.movePointRight(20).toBigIntegerExact());
      assertThat(m.quota()).isEqualTo(quota);
      BigInteger floor = quota.floor();
      assertThat(BigInteger.valueOf(m.shares())).isBetween(floor,
          quota.isWhole() ? floor : floor.add(BigInteger.ONE));
    }
  }

  @Property
  void theSameInputGivesTheSameRegister(@ForAll("members") List<MemberWeights> members,
      @ForAll("totals") long total, @ForAll("ratios") String ratio, @ForAll Method method) {
    Assume.that(anyWeight(members));
    assertThat(quantify(total, ratio, method, members))
        .isEqualTo(quantify(total, ratio, method, members));
  }

  /** Multiplying every weight by the same factor, or moving every decimal point, changes nothing. */
  @Property
  void scalingEveryWeightChangesNoShare(@ForAll("members") List<MemberWeights> members,
      @ForAll("totals") long total, @ForAll("ratios") String ratio, @ForAll Method method,
      @ForAll @IntRange(min = 1, max = 1000) int factor, @ForAll @IntRange(max = 6) int shift) {
    Assume.that(anyWeight(members));
    List<MemberWeights> scaled = members.stream().map(m -> new MemberWeights(m.personId(),
        m.householdId(), ImmutableMap.copyOf(Maps.transformValues(m.weights(),
            w -> scale(w, factor, shift))), m.explanation())).toList();
    Quantification a = quantify(total, ratio, method, members);
    Quantification b = quantify(total, ratio, method, scaled);
    assertThat(b.register()).isEqualTo(a.register());
    assertThat(b.tieAwarded()).isEqualTo(a.tieAwarded());
  }

  private static Weight scale(Weight w, int factor, int shift) {
    return Weight.of(w.value().multiply(BigDecimal.valueOf(factor)).movePointLeft(shift));
  }

  @Property
  void householdsHoldTheirMembersShares(@ForAll("members") List<MemberWeights> members,
      @ForAll("totals") long total, @ForAll Method method) {
    Assume.that(anyWeight(members));
    Quantification q = quantify(total, null, method, members);
    for (HouseholdShares h : q.households()) {
      assertThat(h.shares()).isEqualTo(q.members().stream()
          .filter(m -> m.householdId().equals(h.householdId()))
          .mapToLong(MemberShares::shares).sum());
    }
    assertThat(q.households().stream().mapToLong(HouseholdShares::shares).sum())
        .isEqualTo(q.memberShares());
  }

  @Property
  void aNumberOfSharesNoMemberCanTakeIsRefused(@ForAll("totals") long total,
      @ForAll Method method) {
    List<MemberWeights> none = List.of(Schemes.member("p1", "h1", "population", "0", "farmAge",
        "0"));
    assertThatThrownBy(() -> quantify(total, null, method, none))
        .isInstanceOf(InfeasibleException.class);
  }
}
