package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The exact arithmetic and the selection the engines stand on, against plain BigIntegers. */
class InternalsTest {

  @Provide
  Arbitrary<Long> nonNegative() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 1000),
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<Long> positive() {
    return nonNegative().filter(x -> x > 0);
  }

  @Property
  void dividesByAReciprocalExactly(@ForAll("nonNegative") long x, @ForAll("positive") long d) {
    assertThat(new Divider(d).quotient(x)).isEqualTo(x / d);
  }

  @Property
  void comparesProductsExactly(@ForAll("nonNegative") long a, @ForAll("nonNegative") long b,
      @ForAll("nonNegative") long c, @ForAll("nonNegative") long d) {
    BigInteger ab = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    BigInteger cd = BigInteger.valueOf(c).multiply(BigInteger.valueOf(d));
    assertThat(Integer.signum(Exact.compareProducts(a, b, c, d)))
        .isEqualTo(ab.compareTo(cd));
    assertThat(Integer.signum(Exact.compareProducts(a, b, a, b))).isZero();
  }

  @Property
  void multipliesAndDividesExactly(@ForAll("nonNegative") long a, @ForAll("nonNegative") long b,
      @ForAll("positive") long c) {
    BigInteger q = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
        .divide(BigInteger.valueOf(c));
    long expected = q.bitLength() < 64 ? q.longValue() : Long.MAX_VALUE;
    assertThat(Exact.multiplyDivide(a, b, c)).isEqualTo(expected);
  }

  @Property
  void takesFloorSquareRoots(@ForAll("nonNegative") long n) {
    long r = Exact.floorSqrt(n);
    BigInteger big = BigInteger.valueOf(n);
    assertThat(BigInteger.valueOf(r).pow(2)).isLessThanOrEqualTo(big);
    assertThat(BigInteger.valueOf(r + 1).pow(2)).isGreaterThan(big);
  }

  @Property
  void selectsTheKthLargest(@ForAll @Size(min = 1, max = 300) List<@LongRange(min = -5, max = 5) Long> values,
      @ForAll @IntRange(min = 1, max = 300) int k) {
    int kk = Math.min(k, values.size());
    long[] a = values.stream().mapToLong(Long::longValue).toArray();
    long[] sorted = a.clone();
    Arrays.sort(sorted);
    assertThat(Select.kthLargest(a, a.length, kk)).isEqualTo(sorted[a.length - kk]);
  }

  @Property
  void selectsTheFirstKeys(@ForAll @Size(min = 1, max = 300) List<@LongRange(max = 1_000_000) Long> values,
      @ForAll @IntRange(max = 300) int k) {
    long[] keys = values.stream().mapToLong(Long::longValue).distinct().toArray();
    int kk = Math.min(k, keys.length);
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    // a descending order, to see that the order given is the one used
    Select.firstK(keys, keys.length, kk, (x, y) -> Long.compare(y, x));
    long[] first = Arrays.copyOf(keys, kk);
    Arrays.sort(first);
    assertThat(first).isEqualTo(Arrays.copyOfRange(sorted, sorted.length - kk, sorted.length));
  }

  /** Many equal keys under an order that only looks at part of them: the worst case pivots. */
  @Property(tries = 50)
  void selectsInAdversarialOrders(@ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 0, max = 5000) int k) {
    int kk = Math.min(k, n);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) (i % 3) << 32) | i;
    }
    Select.firstK(keys, n, kk, Long::compare);
    long[] expected = new long[n];
    for (int i = 0; i < n; i++) {
      expected[i] = ((long) (i % 3) << 32) | i;
    }
    Arrays.sort(expected);
    long[] first = Arrays.copyOf(keys, kk);
    Arrays.sort(first);
    assertThat(first).isEqualTo(Arrays.copyOf(expected, kk));
  }
}
