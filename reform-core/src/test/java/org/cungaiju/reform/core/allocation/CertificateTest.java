package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.core.allocation.Reference.Priority;
import org.cungaiju.reform.core.allocation.Reference.Q;

/**
 * Larger allocations than the reference can hand out one unit at a time, checked by the
 * certificate that characterises each method exactly: for a divisor method, no unit given
 * beyond a minimum has a lower priority than a unit withheld below a maximum (and where they are
 * equal, the earlier claims got them); for largest remainder, every claim holds the floor or the
 * ceiling of its quota and no ceiling went to a smaller remainder than a floor kept.
 */
class CertificateTest {

  @Provide
  Arbitrary<Long> extras() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 3_000_000),
        Arbitraries.longs().between(0, 1L << 62));
  }

  private static long[] weights(long seed, int n, long maxWeight, int zeroPercent) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = random.nextInt(100) < zeroPercent ? 0 : random.nextLong(1, maxWeight + 1);
    }
    return w;
  }

  @Property(tries = 200)
  void divisorMethodsHandOutTheHighestPriorities(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @LongRange(min = 1, max = 1L << 62) long maxWeight,
      @ForAll("extras") long extra, @ForAll @IntRange(max = 3) int minimum,
      @ForAll @IntRange(max = 30) int zeroPercent) {
    long[] w = weights(seed, n, maxWeight, zeroPercent);
    if (java.util.Arrays.stream(w).allMatch(x -> x == 0)) {
      w[0] = 1;
    }
    Statistics.label("claims").collect(n < 100 ? "under 100" : n < 1000 ? "under 1000" : "more");
    long[] min = new long[n];
    java.util.Arrays.fill(min, minimum);
    long total = Math.min((long) minimum * n + extra, 1L << 62);
    for (Method m : Method.values()) {
      if (!m.isDivisorMethod()) {
        continue;
      }
      IndexedAllocation a = Apportionment.of(m).allocate(total, w, min, null);
      assertThat(a.units().stream().sum()).isEqualTo(total);
      Priority lowestGiven = null;
      Priority highestWithheld = null;
      List<Integer> givenAtLowest = new ArrayList<>();
      List<Integer> withheldAtHighest = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BigInteger wi = BigInteger.valueOf(w[i]);
        if (w[i] == 0) {
          assertThat(a.units(i)).isEqualTo(minimum);
          continue;
        }
        if (a.units(i) > minimum) {
          Priority p = Reference.priority(m, wi, a.units(i) - 1);
          int c = lowestGiven == null ? -1 : p.compareTo(lowestGiven);
          if (c < 0) {
            lowestGiven = p;
            givenAtLowest.clear();
          }
          if (c <= 0) {
            givenAtLowest.add(i);
          }
        }
        Priority next = Reference.priority(m, wi, a.units(i));
        int c = highestWithheld == null ? 1 : next.compareTo(highestWithheld);
        if (c > 0) {
          highestWithheld = next;
          withheldAtHighest.clear();
        }
        if (c >= 0) {
          withheldAtHighest.add(i);
        }
      }
      if (lowestGiven == null) {
        continue;
      }
      int order = lowestGiven.compareTo(highestWithheld);
      assertThat(order).as("%s: the lowest priority given against the highest withheld", m)
          .isGreaterThanOrEqualTo(0);
      if (order == 0) {
        assertThat(givenAtLowest.get(givenAtLowest.size() - 1)).as("tie-break by claim order")
            .isLessThan(withheldAtHighest.get(0));
        assertThat(a.tie().awarded().asList()).containsExactlyElementsOf(givenAtLowest);
        assertThat(a.tie().passedOver().asList()).containsExactlyElementsOf(withheldAtHighest);
      } else {
        assertThat(a.isTied()).isFalse();
      }
    }
  }

  @Property(tries = 300)
  void largestRemainderRoundsTheLargestRemaindersUp(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 20_000) int n,
      @ForAll @LongRange(min = 1, max = 1L << 62) long maxWeight,
      @ForAll("extras") long total, @ForAll @IntRange(max = 30) int zeroPercent) {
    long[] w = weights(seed, n, maxWeight, zeroPercent);
    if (java.util.Arrays.stream(w).allMatch(x -> x == 0)) {
      w[0] = 1;
    }
    IndexedAllocation a = Apportionment.of(Method.LARGEST_REMAINDER).allocate(total, w);
    BigInteger sum = java.util.Arrays.stream(w).mapToObj(BigInteger::valueOf)
        .reduce(BigInteger.ZERO, BigInteger::add);
    Q smallestRoundedUp = null;
    Q largestRoundedDown = null;
    for (int i = 0; i < n; i++) {
      Q quota = Q.of(BigInteger.valueOf(w[i]).multiply(BigInteger.valueOf(total)), sum);
      long floor = quota.floor().longValueExact();
      assertThat(a.units(i)).isBetween(floor, floor + 1);
      Q rest = quota.frac();
      if (a.units(i) > floor) {
        smallestRoundedUp = smallestRoundedUp == null || rest.compareTo(smallestRoundedUp) < 0
            ? rest : smallestRoundedUp;
      } else if (rest.num().signum() > 0) {
        largestRoundedDown = largestRoundedDown == null || rest.compareTo(largestRoundedDown) > 0
            ? rest : largestRoundedDown;
      }
    }
    assertThat(a.units().stream().sum()).isEqualTo(total);
    if (smallestRoundedUp != null && largestRoundedDown != null) {
      assertThat(smallestRoundedUp.compareTo(largestRoundedDown)).isGreaterThanOrEqualTo(0);
      assertThat(a.isTied()).isEqualTo(smallestRoundedUp.compareTo(largestRoundedDown) == 0);
    }
  }
}
