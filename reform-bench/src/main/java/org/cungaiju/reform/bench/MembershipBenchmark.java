package org.cungaiju.reform.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cungaiju.examples.xinhui.XinhuiPolicy;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Membership decisions per second: {@link MembershipEngine#decide(Dossier)} over communities of
 * 新会区 (440705) of some 3,800 persons each, under the municipal default alone and under the
 * example county plugin ({@code examples/xinhui-policy}, registered explicitly), each through
 * the registry's guard as engines always call it. The {@code decisions} counter is the
 * throughput in decisions per second; {@code ops/s} counts whole communities.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MembershipBenchmark {

  /** The communities and the engine of one policy. */
  @State(Scope.Benchmark)
  public static class Engine {
    @Param({"municipal-default", "xinhui-plugin"})
    public String policy;

    List<Dossier> dossiers;
    MembershipEngine engine;

    @Setup
    public void setUp() {
      dossiers = Dossiers.xinhui(4);
      PolicyRegistry.Builder registry = PolicyRegistry.builder();
      if (policy.equals("xinhui-plugin")) {
        registry.register(new XinhuiPolicy());
      }
      engine = new MembershipEngine(registry.build());
      String decidedBy = engine.decide(dossiers.get(0)).decisions().get(0).explanation()
          .policyId();
      if (policy.equals("xinhui-plugin") != decidedBy.equals(XinhuiPolicy.ID)) {
        throw new IllegalStateException(policy + " decided by " + decidedBy);
      }
    }
  }

  /** Where in the communities a thread is, and how many decisions it has made. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Count {
    /** Decisions made: a rate in the results. */
    public long decisions;
    private int next;

    @Setup(Level.Iteration)
    public void reset() {
      decisions = 0;
    }
  }

  @Benchmark
  public MembershipDecisions decide(Engine engine, Count count) {
    Dossier d = engine.dossiers.get(count.next);
    count.next = (count.next + 1) % engine.dossiers.size();
    MembershipDecisions decided = engine.engine.decide(d);
    count.decisions += decided.decisions().size();
    return decided;
  }
}
