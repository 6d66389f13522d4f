package org.cungaiju.reform.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparison: largest remainder written the straightforward way — each quota a {@link
 * BigDecimal} to 30 decimals, every claim sorted by remainder — over the same inputs as {@link
 * ApportionmentBenchmark}, up to 10^6 claims.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BigDecimalLargestRemainderBenchmark {

  @Param({"1000", "1000000"})
  public int claims;

  private long[] weights;

  @Setup
  public void setUp() {
    weights = Inputs.weights(claims);
  }

  @Benchmark
  public long[] allocate() {
    BigDecimal total = BigDecimal.valueOf(Inputs.TOTAL);
    BigDecimal sum = BigDecimal.valueOf(Arrays.stream(weights).sum());
    int n = weights.length;
    long[] units = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal quota = total.multiply(BigDecimal.valueOf(weights[i]))
          .divide(sum, 30, RoundingMode.DOWN);
      BigDecimal floor = quota.setScale(0, RoundingMode.DOWN);
      units[i] = floor.longValueExact();
      remainders[i] = quota.subtract(floor);
      given += units[i];
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> {
      int c = remainders[b].compareTo(remainders[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < Inputs.TOTAL - given; k++) {
      units[order[k]]++;
    }
    return units;
  }
}
