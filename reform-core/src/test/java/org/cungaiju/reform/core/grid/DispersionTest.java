package org.cungaiju.reform.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DispersionTest {

  private static String cv(long... values) {
    long sum = 0;
    BigInteger squares = BigInteger.ZERO;
    for (long v : values) {
      sum += v;
      squares = squares.add(BigInteger.valueOf(v).pow(2));
    }
    return Dispersion.coefficientOfVariation(values.length, sum, squares).toPlainString();
  }

  /** 1 and 3: mean 2, deviation 1, 1 ÷ 2 = 0.5. */
  @Test
  void isTheDeviationOverTheMean() {
    assertThat(cv(1, 3)).isEqualTo("0.5000");
  }

  /** 1, 2, 3, 4: mean 2.5, variance 1.25, √1.25 ÷ 2.5 = 0.44721… */
  @Test
  void roundsToFourDecimals() {
    assertThat(cv(1, 2, 3, 4)).isEqualTo("0.4472");
  }

  @Test
  void roundsDownBelowAHalf() {
    // 2 and 1: mean 1.5, deviation 0.5, 1/3 = 0.33333…
    assertThat(cv(2, 1)).isEqualTo("0.3333");
    // 1, 2 and 2: mean 5/3, variance 2/9, √2/5 = 0.28284…
    assertThat(cv(1, 2, 2)).isEqualTo("0.2828");
  }

  @Test
  void roundsUpAboveAHalf() {
    // 3 and 4: mean 3.5, deviation 0.5, 1/7 = 0.142857…
    assertThat(cv(3, 4)).isEqualTo("0.1429");
    // 1 and 6: mean 3.5, deviation 2.5, 5/7 = 0.714285…
    assertThat(cv(1, 6)).isEqualTo("0.7143");
    // 0 and 3: mean 1.5, deviation 1.5, exactly 1
    assertThat(cv(0, 3)).isEqualTo("1.0000");
  }

  @Test
  void isZeroForEqualValuesOneValueOrNoWorkload() {
    assertThat(cv(5, 5, 5)).isEqualTo("0.0000");
    assertThat(cv(7)).isEqualTo("0.0000");
    assertThat(cv(0, 0)).isEqualTo("0.0000");
    assertThat(cv()).isEqualTo("0.0000");
  }
}
