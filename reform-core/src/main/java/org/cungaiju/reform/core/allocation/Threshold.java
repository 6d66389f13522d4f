package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;

/**
 * A priority level {@code λ = weight / units}: a claim's slot counts at this level when its
 * priority is at least {@code λ}. {@code units == 0} stands for a level above every finite
 * priority; {@code weight == 0} for the level zero, which every slot of a positive weight
 * reaches.
 */
final class Threshold {

  final BigInteger weight;
  final long units;

  Threshold(BigInteger weight, long units) {
    this.weight = weight;
    this.units = units;
  }

  boolean isInfinite() {
    return units == 0;
  }

  boolean isZero() {
    return weight.signum() == 0 && units != 0;
  }
}
