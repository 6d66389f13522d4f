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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparison: largest remainder written the straightforward way — each quota a {@link
 * BigDecimal} to 30 decimals, every claim sorted by remainder — over the same inputs as {@link
 * ApportionmentBenchmark}, up to 10^6 claims. Scores are nanoseconds per claim.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BigDecimalLargestRemainderBenchmark {

  /** 10^3 weights. */
  @State(Scope.Benchmark)
  public static class Thousand {
    final long[] weights = Inputs.weights(1_000);
  }

  /** 10^6 weights. */
  @State(Scope.Benchmark)
  public static class Million {
    long[] weights;

    @Setup
    public void setUp() {
      weights = Inputs.weights(1_000_000);
    }
  }

  @Benchmark
  @OperationsPerInvocation(1_000)
  public long[] claims1e3(Thousand input) {
    return allocate(input.weights);
  }

  @Benchmark
  @OperationsPerInvocation(1_000_000)
  public long[] claims1e6(Million input) {
    return allocate(input.weights);
  }

  static long[] allocate(long[] weights) {
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
