package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.core.allocation.Cases.Case;

/**
 * Every method against {@link Reference}, a slow, obviously exact implementation: the same units
 * and the same ties, with and without bounds, small weights (ties are common) and huge ones.
 */
class ReferenceCheckTest {

  @Provide
  Arbitrary<Case> cases() {
    return Cases.smallCases(Arbitraries.of(Method.class));
  }

  @Provide
  Arbitrary<Case> tiedCases() {
    return Cases.tiedCases(Arbitraries.of(Method.class));
  }

  @Property(tries = 3000)
  void agreesWithTheReference(@ForAll("cases") Case c) {
    check(c);
  }

  @Property(tries = 3000)
  void agreesWithTheReferenceOnTies(@ForAll("tiedCases") Case c) {
    check(c);
  }

  private static void check(Case c) {
    Reference.Result expected =
        Reference.allocate(c.method(), c.total(), c.scaledWeights(), c.min(), c.max());
    Statistics.label("outcome").collect(expected == null
        ? (Arrays.stream(c.min()).sum() > c.total() ? "refused: minimums" : "refused: room")
        : expected.tied() ? "tied" : "unique");
    if (expected == null) {
      assertThatThrownBy(c::allocate).isInstanceOf(ReformException.class);
      return;
    }
    Allocation actual = c.allocate();
    assertThat(actual.units().asList()).as("units")
        .containsExactlyElementsOf(Arrays.stream(expected.units()).boxed().toList());
    assertThat(indexes(actual.tie().awarded().asList())).as("awarded")
        .isEqualTo(expected.awarded());
    assertThat(indexes(actual.tie().passedOver().asList())).as("passed over")
        .isEqualTo(expected.passedOver());
  }

  @Property(tries = 1000)
  void theFastPathAgreesWithTheRecords(@ForAll("cases") Case c) {
    if (c.claims().stream().anyMatch(x -> x.weight().scale() > 0)) {
      return;
    }
    long[] weights = Arrays.stream(c.scaledWeights()).mapToLong(BigInteger::longValueExact)
        .toArray();
    Reference.Result expected =
        Reference.allocate(c.method(), c.total(), c.scaledWeights(), c.min(), c.max());
    if (expected == null) {
      assertThatThrownBy(() -> Apportionment.of(c.method())
          .allocate(c.total(), weights, c.min(), c.max())).isInstanceOf(ReformException.class);
      return;
    }
    IndexedAllocation fast =
        Apportionment.of(c.method()).allocate(c.total(), weights, c.min(), c.max());
    assertThat(fast.units().toArray()).isEqualTo(expected.units());
    assertThat(indexes(fast.tie().passedOver().asList())).isEqualTo(expected.passedOver());
  }

  private static TreeSet<Integer> indexes(java.util.List<Integer> list) {
    return list.stream().collect(Collectors.toCollection(TreeSet::new));
  }
}
