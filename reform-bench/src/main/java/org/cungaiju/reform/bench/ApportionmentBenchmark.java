package org.cungaiju.reform.bench;

import java.util.concurrent.TimeUnit;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.IndexedAllocation;
import org.cungaiju.reform.core.allocation.Method;
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
 * Each method of apportionment over 10^3, 10^6 and 10^7 claims with random weights in
 * [1, 10^6], 10^8 units, through the {@code long[]} entry point (which copies and checks the
 * weights: that is part of what a caller pays). Divide the time per operation by the claims
 * for the time per claim.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ApportionmentBenchmark {

  @Param({"1000", "1000000", "10000000"})
  public int claims;

  @Param({"largest-remainder", "dhondt", "sainte-lague", "huntington-hill", "adams"})
  public String method;

  private long[] weights;
  private Apportionment apportionment;

  @Setup
  public void setUp() {
    weights = Inputs.weights(claims);
    apportionment = Apportionment.of(Method.parse(method));
  }

  @Benchmark
  public IndexedAllocation allocate() {
    return apportionment.allocate(Inputs.TOTAL, weights);
  }
}
