package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;

/**
 * Units per unit of weight, {@code numerator / denominator}, exactly; a zero denominator stands
 * for a rate above every bound (each claim at its maximum).
 */
final class Rate {

  static final Rate INFINITE = new Rate(BigInteger.ONE, BigInteger.ZERO);

  final BigInteger numerator;
  final BigInteger denominator;

  Rate(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Rate of(long numerator, BigInteger denominator) {
    return new Rate(BigInteger.valueOf(numerator), denominator);
  }

  boolean isZero() {
    return numerator.signum() == 0;
  }

  boolean isInfinite() {
    return denominator.signum() == 0;
  }
}
