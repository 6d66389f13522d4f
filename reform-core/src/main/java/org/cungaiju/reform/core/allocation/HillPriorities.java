package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;

/**
 * Huntington–Hill (equal proportions): {@code d(k) = √(k(k + 1))}, the geometric mean of the
 * unit counts {@code k} and {@code k + 1}.
 *
 * <p>Priorities compare squared, so exactly: {@code w_i²·l(l + 1)} against
 * {@code w_j²·k(k + 1)}. Slot {@code k} reaches {@code λ = p / q} when {@code k(k + 1) <= x²}
 * with {@code x = w·q / p}; with {@code X = floor(x)} and {@code f = w·q - X·p} the largest
 * such {@code k} is {@code X} when {@code X·p·(p - 2f) <= f²}, else {@code X - 1}.
 */
abstract class HillPriorities extends Priorities {

  /** The largest {@code v} whose square, and {@code v·(v + 1)}, fit in a {@code long}. */
  private static final long SQUARE_LIMIT = 3_037_000_499L;

  HillPriorities(Weights weights) {
    super(weights);
  }

  static HillPriorities of(Weights weights) {
    if (weights instanceof Weights.OfLong) {
      return new InLongs((Weights.OfLong) weights);
    }
    return new InBigIntegers((Weights.OfBig) weights);
  }

  @Override
  int infiniteSlots() {
    return 1;
  }

  @Override
  long expectedExcess(long claims) {
    return 0; // rounds at the geometric mean, close to the arithmetic one
  }

  static int compareSquares(BigInteger wi, long k, BigInteger wj, long l) {
    BigInteger kk = BigInteger.valueOf(k).multiply(BigInteger.valueOf(k + 1));
    BigInteger ll = BigInteger.valueOf(l).multiply(BigInteger.valueOf(l + 1));
    return wi.multiply(wi).multiply(ll).compareTo(wj.multiply(wj).multiply(kk));
  }

  /** The slots for {@code X} and {@code f}, all exact in {@link BigInteger}s. */
  static long slots(BigInteger x, BigInteger f, BigInteger p) {
    boolean keep = x.multiply(p).multiply(p.subtract(f.shiftLeft(1))).compareTo(f.multiply(f)) <= 0;
    return Exact.saturated(keep ? x.add(BigInteger.ONE) : x);
  }

  private static final class InLongs extends HillPriorities {
    private final long[] w;

    InLongs(Weights.OfLong weights) {
      super(weights);
      this.w = weights.values;
    }

    @Override
    int compareFinite(int i, long k, int j, long l) {
      long wi = w[i];
      long wj = w[j];
      if (wi <= SQUARE_LIMIT && wj <= SQUARE_LIMIT && k < SQUARE_LIMIT && l < SQUARE_LIMIT) {
        return Exact.compareProducts(wi * wi, l * (l + 1), wj * wj, k * (k + 1));
      }
      return compareSquares(BigInteger.valueOf(wi), k, BigInteger.valueOf(wj), l);
    }

    @Override
    void countFinite(Threshold t, long[] out) {
      long p = t.weight.longValueExact();
      long q = t.units;
      Divider divider = new Divider(p);
      for (int i = 0; i < out.length; i++) {
        long wi = w[i];
        if (wi == 0) {
          out[i] = 0;
          continue;
        }
        if (!Exact.productFits(wi, q)) {
          BigInteger wq = BigInteger.valueOf(wi).multiply(BigInteger.valueOf(q));
          BigInteger[] xf = wq.divideAndRemainder(t.weight);
          out[i] = slots(xf[0], xf[1], t.weight);
          continue;
        }
        long wq = wi * q;
        long x = divider.quotient(wq);
        long f = wq - x * p;
        boolean keep;
        if (f >= p - f) {
          keep = true;
        } else if (Exact.productFits(x, p)) {
          keep = Exact.compareProducts(x * p, p - 2 * f, f, f) <= 0;
        } else {
          out[i] = slots(BigInteger.valueOf(x), BigInteger.valueOf(f), t.weight);
          continue;
        }
        out[i] = keep && x != Long.MAX_VALUE ? x + 1 : x;
      }
    }
  }

  private static final class InBigIntegers extends HillPriorities {
    private final BigInteger[] w;

    InBigIntegers(Weights.OfBig weights) {
      super(weights);
      this.w = weights.values;
    }

    @Override
    int compareFinite(int i, long k, int j, long l) {
      return compareSquares(w[i], k, w[j], l);
    }

    @Override
    void countFinite(Threshold t, long[] out) {
      BigInteger q = BigInteger.valueOf(t.units);
      for (int i = 0; i < out.length; i++) {
        if (w[i].signum() == 0) {
          out[i] = 0;
        } else {
          BigInteger[] xf = w[i].multiply(q).divideAndRemainder(t.weight);
          out[i] = slots(xf[0], xf[1], t.weight);
        }
      }
    }
  }
}
