package org.cungaiju.reform.bench;

import java.util.SplittableRandom;

/** The benchmarks' inputs: random whole-number weights in [1, 10^6] from a fixed seed. */
final class Inputs {

  /** The units shared in every benchmark. */
  static final long TOTAL = 100_000_000L;

  private static final long SEED = 20_260_101L;

  private Inputs() {}

  static long[] weights(int claims) {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] w = new long[claims];
    for (int i = 0; i < claims; i++) {
      w[i] = random.nextLong(1, 1_000_001);
    }
    return w;
  }
}
