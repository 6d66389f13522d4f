package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;

/**
 * The divisor methods whose divisors are linear, {@code d(k) = (αk + β) / s}: D'Hondt
 * ({@code k + 1}), Sainte-Laguë ({@code k + 1/2}) and Adams ({@code k}).
 *
 * <p>Claim {@code i}'s slot {@code k} reaches {@code λ = p / q} when {@code (αk + β)·p <=
 * s·w_i·q}, so its count is {@code floor((X - β) / α) + 1} with {@code X = floor(s·w_i·q / p)}
 * (none when {@code X < β}). Priorities compare by cross-multiplication: {@code w_i·d(l)} against
 * {@code w_j·d(k)}.
 */
abstract class LinearPriorities extends Priorities {

  final long alpha;
  final long beta;
  final long scale;
  private final long excessPerTwoClaims;

  LinearPriorities(Weights weights, long alpha, long beta, long scale) {
    super(weights);
    this.alpha = alpha;
    this.beta = beta;
    this.scale = scale;
    // D'Hondt rounds down (about half a unit short a claim), Adams up, Sainte-Laguë to nearest
    this.excessPerTwoClaims = beta == 0 ? 1 : alpha == 1 ? -1 : 0;
  }

  static LinearPriorities of(Weights weights, long alpha, long beta, long scale) {
    if (weights instanceof Weights.OfLong) {
      return new InLongs((Weights.OfLong) weights, alpha, beta, scale);
    }
    return new InBigIntegers((Weights.OfBig) weights, alpha, beta, scale);
  }

  @Override
  int infiniteSlots() {
    return beta == 0 ? 1 : 0;
  }

  @Override
  long expectedExcess(long claims) {
    return excessPerTwoClaims * claims / 2;
  }

  /** The count of slots for {@code x = floor(s·w·q / p)}, {@code w > 0}. */
  final long slots(long x) {
    if (x == Long.MAX_VALUE) {
      return x;
    }
    return x >= beta ? (x - beta) / alpha + 1 : 0;
  }

  /** The count of slots for {@code x = floor(s·w·q / p)}, {@code w > 0}, saturated. */
  final long slots(BigInteger x) {
    if (x.compareTo(BigInteger.valueOf(beta)) < 0) {
      return 0;
    }
    return Exact.saturated(x.subtract(BigInteger.valueOf(beta))
        .divide(BigInteger.valueOf(alpha)).add(BigInteger.ONE));
  }

  final long divisor(long k) {
    return alpha * k + beta;
  }

  private static final class InLongs extends LinearPriorities {
    private final long[] w;

    InLongs(Weights.OfLong weights, long alpha, long beta, long scale) {
      super(weights, alpha, beta, scale);
      this.w = weights.values;
    }

    @Override
    int compareFinite(int i, long k, int j, long l) {
      return Exact.compareProducts(w[i], divisor(l), w[j], divisor(k));
    }

    @Override
    void countFinite(Threshold t, long[] out) {
      long p = t.weight.longValueExact();
      Divider divider = new Divider(p);
      long sq = t.units <= Long.MAX_VALUE / scale ? scale * t.units : -1;
      for (int i = 0; i < out.length; i++) {
        long wi = w[i];
        if (wi == 0) {
          out[i] = 0;
        } else if (sq > 0 && Exact.productFits(wi, sq)) {
          out[i] = slots(divider.quotient(wi * sq));
        } else {
          out[i] = slots(BigInteger.valueOf(wi).multiply(BigInteger.valueOf(scale))
              .multiply(BigInteger.valueOf(t.units)).divide(t.weight));
        }
      }
    }
  }

  private static final class InBigIntegers extends LinearPriorities {
    private final BigInteger[] w;

    InBigIntegers(Weights.OfBig weights, long alpha, long beta, long scale) {
      super(weights, alpha, beta, scale);
      this.w = weights.values;
    }

    @Override
    int compareFinite(int i, long k, int j, long l) {
      return w[i].multiply(BigInteger.valueOf(divisor(l)))
          .compareTo(w[j].multiply(BigInteger.valueOf(divisor(k))));
    }

    @Override
    void countFinite(Threshold t, long[] out) {
      BigInteger sq = BigInteger.valueOf(scale).multiply(BigInteger.valueOf(t.units));
      for (int i = 0; i < out.length; i++) {
        out[i] = w[i].signum() == 0 ? 0
            : slots(w[i].multiply(sq).divide(t.weight));
      }
    }
  }
}
