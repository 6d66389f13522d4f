package org.cungaiju.reform.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.Method;
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
 * A city's dividends in the shape the allocation engine sees them: 10^4 organizations of 300
 * holders each (3·10^6 claims), each organization's pool of fen shared by largest remainder
 * over its holders' shares, one after the other on one thread. Scores are nanoseconds per
 * claim; times 3·10^6 for the whole city.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ManySmallAllocationsBenchmark {

  static final int ORGANIZATIONS = 10_000;
  static final int HOLDERS = 300;

  private long[][] shares;
  private long[] pools;
  private final Apportionment largestRemainder = Apportionment.of(Method.LARGEST_REMAINDER);

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20_260_102L);
    shares = new long[ORGANIZATIONS][HOLDERS];
    pools = new long[ORGANIZATIONS];
    for (int o = 0; o < ORGANIZATIONS; o++) {
      for (int h = 0; h < HOLDERS; h++) {
        shares[o][h] = random.nextLong(1, 101);
      }
      pools[o] = random.nextLong(1_000_000, 100_000_000); // 10 000 to 1 000 000 yuan in fen
    }
  }

  @Benchmark
  @OperationsPerInvocation(ORGANIZATIONS * HOLDERS)
  public long wholeCity() {
    long paid = 0;
    for (int o = 0; o < ORGANIZATIONS; o++) {
      paid += largestRemainder.allocate(pools[o], shares[o]).units(0);
    }
    return paid;
  }
}
