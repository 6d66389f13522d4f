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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each method of apportionment over 10^3, 10^6 and 10^7 claims with random weights in
 * [1, 10^6], 10^8 units, through the {@code long[]} entry point (which copies and checks the
 * weights: that is part of what a caller pays). Scores are nanoseconds per claim.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ApportionmentBenchmark {

  /** The weights and the method, for one number of claims. */
  @State(Scope.Benchmark)
  public abstract static class Request {
    @Param({"largest-remainder", "dhondt", "sainte-lague", "huntington-hill", "adams"})
    public String method;

    long[] weights;
    Apportionment apportionment;

    abstract int claims();

    @Setup
    public void setUp() {
      weights = Inputs.weights(claims());
      apportionment = Apportionment.of(Method.parse(method));
    }

    IndexedAllocation allocate() {
      return apportionment.allocate(Inputs.TOTAL, weights);
    }
  }

  /** 10^3 claims. */
  public static class Thousand extends Request {
    @Override
    int claims() {
      return 1_000;
    }
  }

  /** 10^6 claims. */
  public static class Million extends Request {
    @Override
    int claims() {
      return 1_000_000;
    }
  }

  /** 10^7 claims. */
  public static class TenMillion extends Request {
    @Override
    int claims() {
      return 10_000_000;
    }
  }

  @Benchmark
  @OperationsPerInvocation(1_000)
  public IndexedAllocation claims1e3(Thousand request) {
    return request.allocate();
  }

  @Benchmark
  @OperationsPerInvocation(1_000_000)
  public IndexedAllocation claims1e6(Million request) {
    return request.allocate();
  }

  @Benchmark
  @OperationsPerInvocation(10_000_000)
  public IndexedAllocation claims1e7(TenMillion request) {
    return request.allocate();
  }
}
