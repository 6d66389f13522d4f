package org.cungaiju.reform.core.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cungaiju.reform.api.value.Weight;

/** Generated apportionment requests for the property tests. */
final class Cases {

  /** One request: claims with their bounds, a total, a method. */
  record Case(Method method, long total, List<Claim> claims) {

    int size() {
      return claims.size();
    }

    Allocation allocate() {
      return Apportionment.of(method).allocate(total, claims);
    }

    /** The weights at one integer scale. */
    BigInteger[] scaledWeights() {
      int scale = claims.stream().mapToInt(c -> c.weight().scale()).max().orElse(0);
      return claims.stream().map(c -> c.weight().scaledTo(scale)).toArray(BigInteger[]::new);
    }

    long[] min() {
      return claims.stream().mapToLong(Claim::min).toArray();
    }

    long[] max() {
      return claims.stream().mapToLong(Claim::max).toArray();
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(method.id()).append(" total=").append(total).append(' ');
      for (Claim c : claims) {
        b.append('[').append(c.weight());
        if (c.min() > 0 || c.hasMax()) {
          b.append(' ').append(c.min()).append("..").append(c.hasMax() ? c.max() : "");
        }
        b.append(']');
      }
      return b.toString();
    }
  }

  private Cases() {}

  /** Claims named c0, c1, … with the given whole-number weights. */
  static List<Claim> claims(List<Long> weights) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      claims.add(Claim.of("c" + i, weights.get(i)));
    }
    return claims;
  }

  /** Weights of every size up to 2^62, some zero. */
  static Arbitrary<Long> anyWeights() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0L)),
        Tuple.of(4, Arbitraries.longs().between(1, 1000)),
        Tuple.of(2, Arbitraries.longs().between(1, Apportionment.MAX)),
        Tuple.of(1, Arbitraries.longs().between(Apportionment.MAX - 1000,
            Apportionment.MAX)));
  }

  /** Whole-number weights, at least one positive. */
  static Arbitrary<List<Long>> weightLists(Arbitrary<Long> weights, int maxSize) {
    return weights.list().ofMinSize(1).ofMaxSize(maxSize)
        .filter(ws -> ws.stream().anyMatch(w -> w > 0));
  }

  /** Exact weights with up to two decimals, or whole and possibly huge. */
  static Arbitrary<Weight> exactWeights() {
    Arbitrary<Weight> decimals = Arbitraries.longs().between(0, 2_000)
        .flatMap(unscaled -> Arbitraries.integers().between(0, 2)
            .map(scale -> Weight.of(BigDecimal.valueOf(unscaled, scale))));
    return Arbitraries.oneOf(decimals, anyWeights().map(Weight::of));
  }

  /**
   * Small requests with bounds now and then, for comparing with the reference: few claims and a
   * small total, the weights small (many ties) or huge.
   */
  static Arbitrary<Case> smallCases(Arbitrary<Method> methods) {
    return cases(methods, Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Weight.ZERO)),
        Tuple.of(6, Arbitraries.longs().between(1, 6).map(Weight::of)),
        Tuple.of(3, exactWeights())));
  }

  /** Like {@link #smallCases} with weights from a handful of values: ties everywhere. */
  static Arbitrary<Case> tiedCases(Arbitrary<Method> methods) {
    return cases(methods, Arbitraries.of(0L, 1L, 2L, 2L, 3L, 3L, 4L, 6L).map(Weight::of));
  }

  private static Arbitrary<Case> cases(Arbitrary<Method> methods, Arbitrary<Weight> weights) {
    Arbitrary<Claim> claim = Combinators.combine(
            weights,
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(1, 3))),
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(-1L)),
                Tuple.of(1, Arbitraries.longs().between(0, 12))))
        .as((w, min, extra) -> new Claim("x", w, min, extra < 0 ? Claim.NO_MAX : min + extra));
    return Combinators.combine(methods, claim.list().ofMinSize(1).ofMaxSize(7))
        .flatAs((m, cs) -> {
          List<Claim> named = new ArrayList<>();
          for (int i = 0; i < cs.size(); i++) {
            Claim c = cs.get(i);
            named.add(new Claim("c" + i, c.weight(), c.min(), c.max()));
          }
          long lower = named.stream().mapToLong(Claim::min).sum();
          // mostly totals the minimums allow, now and then any
          return Arbitraries.frequencyOf(
                  Tuple.of(8, Arbitraries.longs().between(lower, lower + 30)),
                  Tuple.of(1, Arbitraries.longs().between(0, 40)))
              .map(total -> new Case(m, total, named));
        });
  }

  /** Requests with bounds that can be met: the total lies between what the bounds allow. */
  static Arbitrary<Case> boundedCases(Arbitrary<Method> methods) {
    return smallCases(methods).map(c -> {
      long lower = c.claims().stream().mapToLong(Claim::min).sum();
      long room = c.claims().stream()
          .mapToLong(x -> x.weight().isZero() ? x.min() : Math.min(x.max(), 1000)).sum();
      long total = lower + Math.floorMod(c.total(), Math.max(1, room - lower + 1));
      return new Case(c.method(), Math.min(total, room), c.claims());
    }).filter(c -> c.claims().stream().anyMatch(x -> !x.weight().isZero())
        || c.total() == c.claims().stream().mapToLong(Claim::min).sum());
  }
}
