package org.cungaiju.reform.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cungaiju.examples.xinhui.XinhuiPolicy;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.PolicyFacet;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Policy registry resolution per call: {@link PolicyRegistry#resolve} over 1,024 prepared
 * questions — random counties (the city and its seven), facets and dates from 2000 to 2035 —
 * so neither the JIT nor the branch predictor can fold the answer, with the example county
 * plugin registered so that 新会区's questions search its dated versions. Scores are
 * nanoseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RegistryBenchmark {

  static final int QUESTIONS = 1_024;

  private PolicyRegistry registry;
  private final County[] counties = new County[QUESTIONS];
  private final Facet<?>[] facets = new Facet<?>[QUESTIONS];
  private final LocalDate[] dates = new LocalDate[QUESTIONS];

  @Setup
  public void setUp() {
    registry = PolicyRegistry.builder().register(new XinhuiPolicy()).build();
    SplittableRandom random = new SplittableRandom(20_260_104L);
    County[] all = County.values();
    List<Facet<?>> allFacets = Facet.all();
    long first = LocalDate.of(2000, 1, 1).toEpochDay();
    long last = LocalDate.of(2035, 12, 31).toEpochDay();
    for (int i = 0; i < QUESTIONS; i++) {
      counties[i] = all[random.nextInt(all.length)];
      facets[i] = allFacets.get(random.nextInt(allFacets.size()));
      dates[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
    }
  }

  @Benchmark
  @OperationsPerInvocation(QUESTIONS)
  public void resolve(Blackhole answers) {
    for (int i = 0; i < QUESTIONS; i++) {
      PolicyFacet f = registry.resolve(counties[i], facets[i], dates[i]);
      answers.consume(f);
    }
  }
}
