package org.cungaiju.reform.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.guard.PluginFaultException.Kind;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Decisions run on the caller's thread unless the registry has a time budget; then on the
 * plugin's own daemon workers, and an overrunning one is abandoned, reported and its county
 * marked failed. No test here measures time: a stuck plugin waits on a latch that is released
 * only when the test is over.
 */
class TimeBudgetTest {
  private static final Dossier DOSSIER = DossierGenerator.generate(
      GeneratorOptions.builder().households(6).groups(0).build());
  private static final LocalDate DATE = DOSSIER.asOf();
  private static final CollectiveOrganization ORG = DOSSIER.organizations().get(0);
  private static final Duration SMALL = Duration.ofMillis(50);
  /** Long enough for any healthy decision on a loaded machine; a deadlock would overrun it. */
  private static final Duration GENEROUS = Duration.ofMinutes(1);

  private final CountDownLatch released = new CountDownLatch(1);
  private final List<PolicyRegistry> registries = new ArrayList<>();

  @AfterEach
  void releaseStuckPluginsAndCloseRegistries() {
    released.countDown();
    registries.forEach(PolicyRegistry::close);
  }

  private PolicyRegistry registry(PolicyRegistry.Builder builder) {
    PolicyRegistry r = builder.build();
    registries.add(r);
    return r;
  }

  /** A plugin whose dividend decision records its thread and answers 12%. */
  private static FaultyPlugin recording(String id, County county,
      AtomicReference<Thread> thread) {
    FaultyPlugin p = FaultyPlugin.of(id, county);
    return p.dividend((o, year) -> {
      thread.set(Thread.currentThread());
      return p.explained(RetentionRates.of(Rate.ofPercent(12), Rate.ZERO));
    });
  }

  /** A plugin whose dividend decision never returns until the test is over, nor when interrupted. */
  private FaultyPlugin stuck(String id, County county, AtomicInteger entered) {
    FaultyPlugin p = FaultyPlugin.of(id, county);
    return p.dividend((o, year) -> {
      entered.incrementAndGet();
      while (true) {
        try {
          released.await();
          return p.explained(RetentionRates.of(Rate.ZERO, Rate.ZERO));
        } catch (InterruptedException e) {
          // careless on purpose: the guard cannot rely on a plugin stopping when asked
        }
      }
    });
  }

  @Test
  void withoutABudgetDecisionsRunOnTheCallersThread() {
    AtomicReference<Thread> thread = new AtomicReference<>();
    PolicyRegistry r = registry(PolicyRegistry.builder()
        .register(recording("inline", County.XINHUI, thread)));

    r.resolve(County.XINHUI, Facet.DIVIDEND, DATE).retention(ORG, 2025);

    assertThat(thread.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void withABudgetDecisionsRunOnDaemonWorkersNamedAfterThePlugin() {
    AtomicReference<Thread> thread = new AtomicReference<>();
    PolicyRegistry r = registry(PolicyRegistry.builder().decisionTimeBudget(GENEROUS)
        .register(recording("named", County.XINHUI, thread)));

    Explained<RetentionRates> rates =
        r.resolve(County.XINHUI, Facet.DIVIDEND, DATE).retention(ORG, 2025);

    assertThat(rates.value().reserveFund()).isEqualTo(Rate.ofPercent(12));
    assertThat(thread.get()).isNotSameAs(Thread.currentThread());
    assertThat(thread.get().getName()).startsWith("reform-plugin-named-");
    assertThat(thread.get().isDaemon()).isTrue();
  }

  @Test
  void anOverrunningDecisionIsReportedAndItsCountyIsNoLongerServed() {
    AtomicInteger entered = new AtomicInteger();
    AtomicReference<Thread> taishanThread = new AtomicReference<>();
    PolicyRegistry r = registry(PolicyRegistry.builder().decisionTimeBudget(SMALL)
        .register(stuck("stuck", County.XINHUI, entered))
        .register(recording("taishan", County.TAISHAN, taishanThread)));
    DividendRules held = r.resolve(County.XINHUI, Facet.DIVIDEND, DATE);

    PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
        () -> held.retention(ORG, 2025));

    assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT);
    assertThat(e.pluginId()).isEqualTo("stuck");
    assertThat(e.input()).isEqualTo("organization " + ORG.id() + ", year 2025");
    assertThat(e).hasMessageContaining("plugin 'stuck'")
        .hasMessageContaining("took longer than the time budget of 50 ms")
        .hasMessageContaining("county 440705 新会区 is no longer served");
    // from now on the county is refused, whatever the facet, and the default never stands in
    assertThat(r.isServed(County.XINHUI)).isFalse();
    for (Facet<?> facet : Facet.all()) {
      assertThatThrownBy(() -> r.resolve(County.XINHUI, facet, DATE))
          .isInstanceOf(PolicyConfigurationException.class)
          .hasMessageContaining("county 440705 新会区 is no longer served")
          .hasMessageContaining("plugin 'stuck'")
          .hasCause(e);
    }
    assertThatThrownBy(() -> held.retention(ORG, 2024))
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessageContaining("is no longer served");
    // the budget counts from the call, so on a busy machine it may run out before the worker
    // starts: the plugin was entered once at most, and never again after the overrun
    assertThat(entered.get()).as("calls that reached the stuck plugin").isLessThanOrEqualTo(1);
    assertThat(r.describe().failedCounties()).containsKey(County.XINHUI);
    // the other counties are served as before
    assertThat(r.resolve(County.TAISHAN, Facet.DIVIDEND, DATE).retention(ORG, 2025).value()
        .reserveFund()).isEqualTo(Rate.ofPercent(12));
    assertThat(r.resolve(County.KAIPING, Facet.DIVIDEND, DATE).version().policyId())
        .isEqualTo("jiangmen-default");
    assertThat(r.isServed(County.TAISHAN)).isTrue();
  }

  @Test
  void aStuckPluginHoldsNoMoreThreadsThanItsWorkers() throws Exception {
    AtomicInteger entered = new AtomicInteger();
    PolicyRegistry r = registry(PolicyRegistry.builder().decisionTimeBudget(SMALL)
        .decisionWorkers(2).register(stuck("hog", County.XINHUI, entered)));
    DividendRules rules = r.resolve(County.XINHUI, Facet.DIVIDEND, DATE);
    ExecutorService callers = Executors.newFixedThreadPool(5);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(callers.submit(() -> rules.retention(ORG, 2025)));
      }
      for (Future<?> call : calls) {
        assertThatThrownBy(call::get).hasCauseInstanceOf(PolicyConfigurationException.class);
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(entered.get()).as("calls that reached the stuck plugin").isLessThanOrEqualTo(2);
    long hogs = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("reform-plugin-hog-"))
        .count();
    assertThat(hogs).isBetween(1L, 2L);
  }

  @Test
  void aDecisionInsideAnotherRunsOnTheSameWorker() {
    AtomicInteger decisions = new AtomicInteger();
    FaultyPlugin p = FaultyPlugin.of("deferring", County.XINHUI);
    p.membership(q -> {
      decisions.incrementAndGet();
      Explained<MembershipStatus> base = q.baseDecision(); // asks about parents at their births
      return Explained.of(base.value(), p.explain(base.explanation().outcome())
          .withSteps(List.of(base.explanation())));
    });
    PolicyRegistry inline = registry(PolicyRegistry.builder().register(p));
    // one worker: a decision about a parent waiting for a second worker would never start
    PolicyRegistry budgeted = registry(PolicyRegistry.builder().register(p)
        .decisionTimeBudget(GENEROUS).decisionWorkers(1));

    MembershipDecisions expected = new MembershipEngine(inline).decide(DOSSIER);
    decisions.set(0);
    MembershipDecisions got = new MembershipEngine(budgeted).decide(DOSSIER);

    assertThat(got).isEqualTo(expected);
    assertThat(decisions.get()).as("decisions, parents at their births included")
        .isGreaterThan(expected.decisions().size());
  }

  @Test
  void aCallerInterruptedWhileWaitingAbandonsTheDecisionWithoutFailingTheCounty() {
    AtomicInteger entered = new AtomicInteger();
    PolicyRegistry r = registry(PolicyRegistry.builder().decisionTimeBudget(GENEROUS)
        .register(stuck("waited-for", County.XINHUI, entered)));
    DividendRules rules = r.resolve(County.XINHUI, Facet.DIVIDEND, DATE);

    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> rules.retention(ORG, 2025))
        .isInstanceOf(ReformException.class)
        .isNotInstanceOf(PolicyConfigurationException.class)
        .hasMessageContaining("interrupted while waiting for plugin 'waited-for'");

    assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    assertThat(r.isServed(County.XINHUI)).isTrue();
  }

  @Test
  void aClosedRegistryRefusesDecisionsOfPluginsWithABudget() {
    PolicyRegistry r = registry(PolicyRegistry.builder().decisionTimeBudget(GENEROUS)
        .register(recording("closed", County.XINHUI, new AtomicReference<>())));
    DividendRules rules = r.resolve(County.XINHUI, Facet.DIVIDEND, DATE);

    r.close();

    assertThatThrownBy(() -> rules.retention(ORG, 2025))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plugin 'closed'")
        .hasMessageContaining("is closed");
    // the municipal default runs on the caller's thread: closing does not stop it
    assertThat(r.resolve(County.KAIPING, Facet.DIVIDEND, DATE).retention(ORG, 2025).value())
        .isNotNull();
  }

  @Test
  void refusesABudgetThatIsNotPositive() {
    assertThatThrownBy(() -> PolicyRegistry.builder().decisionTimeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> PolicyRegistry.builder().decisionWorkers(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
