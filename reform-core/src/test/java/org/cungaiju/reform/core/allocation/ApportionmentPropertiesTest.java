package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.Cases.Case;

/** The invariants every method keeps, over generated weights and totals. */
class ApportionmentPropertiesTest {

  @Provide
  Arbitrary<List<Long>> weights() {
    return Cases.weightLists(Cases.anyWeights(), 40);
  }

  @Provide
  Arbitrary<List<Long>> modestWeights() {
    return Cases.weightLists(Arbitraries.longs().between(0, 1_000_000), 40);
  }

  @Provide
  Arbitrary<Long> totals() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000),
        Arbitraries.longs().between(0, Apportionment.MAX));
  }

  @Provide
  Arbitrary<Method> divisorMethods() {
    return Arbitraries.of(Method.class).filter(Method::isDivisorMethod);
  }

  @Provide
  Arbitrary<Case> bounded() {
    return Cases.boundedCases(Arbitraries.of(Method.class));
  }

  @Provide
  Arbitrary<Case> boundedByDivisors() {
    return Cases.boundedCases(divisorMethods());
  }

  @Property
  void conservesTheTotal(
      @ForAll Method method, @ForAll("weights") List<Long> weights, @ForAll("totals") long total) {
    Allocation a = Apportionment.of(method).allocate(total, Cases.claims(weights));
    assertThat(sum(a)).isEqualTo(BigInteger.valueOf(total));
  }

  @Property
  void givesAZeroWeightNothing(
      @ForAll Method method, @ForAll("weights") List<Long> weights, @ForAll("totals") long total) {
    Allocation a = Apportionment.of(method).allocate(total, Cases.claims(weights));
    IntStream.range(0, weights.size()).filter(i -> weights.get(i) == 0)
        .forEach(i -> assertThat(a.units(i)).as("claim %s", i).isZero());
  }

  @Property
  void permutingTheClaimsPermutesTheResult(
      @ForAll Method method, @ForAll("modestWeights") List<Long> weights,
      @ForAll @LongRange(max = 3_000) long total, @ForAll Random random) {
    List<Claim> claims = Cases.claims(weights);
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, random);
    Allocation a = Apportionment.of(method).allocate(total, claims);
    Allocation b = Apportionment.of(method).allocate(total, shuffled);
    // the same claims are tied in any order, and as many of them win; only which ones may differ
    assertThat(b.tiedIds()).containsExactlyInAnyOrderElementsOf(a.tiedIds());
    assertThat(b.tie().awardedCount()).isEqualTo(a.tie().awardedCount());
    for (Claim c : claims) {
      if (!a.tiedIds().contains(c.id())) {
        assertThat(b.unitsOf(c.id())).as(c.id()).isEqualTo(a.unitsOf(c.id()));
      }
    }
  }

  @Property
  void scalingEveryWeightChangesNothing(
      @ForAll Method method, @ForAll("modestWeights") List<Long> weights,
      @ForAll("totals") long total, @ForAll @LongRange(min = 1, max = 4_000_000_000_000L) long factor) {
    List<Long> scaled = weights.stream().map(w -> w * factor).collect(Collectors.toList());
    Assume.that(scaled.stream().allMatch(w -> w >= 0 && w <= Apportionment.MAX));
    Allocation a = Apportionment.of(method).allocate(total, Cases.claims(weights));
    Allocation b = Apportionment.of(method).allocate(total, Cases.claims(scaled));
    assertThat(b.units()).isEqualTo(a.units());
    assertThat(b.tie()).isEqualTo(a.tie());
  }

  @Property
  void decimalWeightsActAsTheirScaledWholeNumbers(
      @ForAll Method method, @ForAll("modestWeights") List<Long> weights,
      @ForAll("totals") long total, @ForAll @LongRange(min = 0, max = 18) long decimals) {
    List<Claim> asDecimals = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      asDecimals.add(Claim.of("c" + i,
          Weight.of(BigDecimal.valueOf(weights.get(i), (int) decimals))));
    }
    Allocation a = Apportionment.of(method).allocate(total, Cases.claims(weights));
    Allocation b = Apportionment.of(method).allocate(total, asDecimals);
    assertThat(b.units()).isEqualTo(a.units());
    assertThat(b.tie()).isEqualTo(a.tie());
  }

  @Property
  void aLargerWeightNeverGetsFewerUnits(
      @ForAll Method method, @ForAll("weights") List<Long> weights, @ForAll("totals") long total) {
    Allocation a = Apportionment.of(method).allocate(total, Cases.claims(weights));
    for (int i = 0; i < weights.size(); i++) {
      for (int j = 0; j < weights.size(); j++) {
        if (weights.get(i) > weights.get(j)) {
          assertThat(a.units(i)).as("claim %s over claim %s", i, j)
              .isGreaterThanOrEqualTo(a.units(j));
        }
      }
    }
  }

  @Property
  void isDeterministic(
      @ForAll Method method, @ForAll("weights") List<Long> weights, @ForAll("totals") long total) {
    Allocation a = Apportionment.of(method).allocate(total, Cases.claims(weights));
    Allocation b = Apportionment.of(method).allocate(total, Cases.claims(weights));
    assertThat(b.units()).isEqualTo(a.units());
    assertThat(b.tie()).isEqualTo(a.tie());
    long[] raw = weights.stream().mapToLong(Long::longValue).toArray();
    assertThat(Apportionment.of(method).allocate(total, raw).units()).isEqualTo(a.units());
  }

  @Property
  void keepsEveryClaimWithinItsBounds(@ForAll("bounded") Case c) {
    Allocation a = c.allocate();
    assertThat(sum(a)).isEqualTo(BigInteger.valueOf(c.total()));
    for (int i = 0; i < c.size(); i++) {
      Claim claim = c.claims().get(i);
      assertThat(a.units(i)).as(claim.id()).isBetween(claim.min(), claim.max());
      if (claim.weight().isZero()) {
        assertThat(a.units(i)).as("zero weight %s", claim.id()).isEqualTo(claim.min());
      }
    }
  }

  @Property
  void largestRemainderGivesTheFloorOrTheCeilingOfTheQuota(
      @ForAll("weights") List<Long> weights, @ForAll("totals") long total) {
    Allocation a = Apportionment.of(Method.LARGEST_REMAINDER)
        .allocate(total, Cases.claims(weights));
    BigInteger sum = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO,
        BigInteger::add);
    for (int i = 0; i < weights.size(); i++) {
      BigInteger[] qr = BigInteger.valueOf(weights.get(i)).multiply(BigInteger.valueOf(total))
          .divideAndRemainder(sum);
      BigInteger units = BigInteger.valueOf(a.units(i));
      if (qr[1].signum() == 0) {
        assertThat(units).as("claim %s, a whole quota", i).isEqualTo(qr[0]);
      } else {
        assertThat(units).as("claim %s", i).isIn(qr[0], qr[0].add(BigInteger.ONE));
      }
    }
  }

  @Property
  void divisorMethodsAreHouseMonotone(
      @ForAll("divisorMethods") Method method, @ForAll("modestWeights") List<Long> weights,
      @ForAll @LongRange(max = 5_000) long total, @ForAll @LongRange(max = 3) long minimum) {
    List<Claim> claims = Cases.claims(weights).stream().map(c -> c.withMin(minimum))
        .collect(Collectors.toList());
    long lower = minimum * claims.size();
    Allocation before = Apportionment.of(method).allocate(total + lower, claims);
    Allocation after = Apportionment.of(method).allocate(total + lower + 1, claims);
    for (int i = 0; i < claims.size(); i++) {
      assertThat(after.units(i)).as("claim %s", i).isGreaterThanOrEqualTo(before.units(i));
    }
  }

  @Property
  void divisorMethodsAreHouseMonotoneWithinBounds(@ForAll("boundedByDivisors") Case c) {
    long room = c.claims().stream()
        .mapToLong(x -> x.weight().isZero() ? x.min() : Math.min(x.max(), 1000)).sum();
    Assume.that(c.total() < room);
    Allocation before = c.allocate();
    Allocation after = Apportionment.of(c.method()).allocate(c.total() + 1, c.claims());
    for (int i = 0; i < c.size(); i++) {
      assertThat(after.units(i)).as("claim %s", i).isGreaterThanOrEqualTo(before.units(i));
    }
  }

  private static BigInteger sum(Allocation a) {
    return a.units().stream().mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO,
        BigInteger::add);
  }
}
