package org.cungaiju.reform.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.dividend.DividendEngine;
import org.cungaiju.reform.core.fixtures.OnePlugin;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.grid.GridPlanner;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.report.ReportJson;
import org.cungaiju.reform.core.share.ShareEngine;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry, the engines and the whole run, driven from 8 threads at once on shared inputs
 * — one registry, the same dossiers — give exactly what one thread gives: with decisions on the
 * caller's thread, and with a time budget (decisions on the plugin's worker threads) and the
 * same-input check on every decision.
 *
 * <p>A stress test with a fixed seed: the same tasks, in the same shuffled order on the same
 * threads, every time. No timing: the threads start together at a latch and every result is
 * compared once all are done. The time budget is long enough never to be reached; it is there
 * so that the decisions run on the plugin's workers.
 */
class SharedInputsStressTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 2;
  private static final long SEED = 20_251_231L;
  private static final Duration GENEROUS = Duration.ofMinutes(1);

  private static final List<Dossier> DOSSIERS = List.of(
      dossier(1, County.XINHUI, true), dossier(2, County.XINHUI, false),
      dossier(3, County.XINHUI, true), dossier(4, County.KAIPING, true));

  private final List<PolicyRegistry> registries = new ArrayList<>();

  @AfterEach
  void closeRegistries() {
    registries.forEach(PolicyRegistry::close);
  }

  private static Dossier dossier(long seed, County county, boolean registers) {
    return DossierGenerator.generate(GeneratorOptions.builder().seed(seed).county(county)
        .households(24).groups(2).gridUnits(8).registers(registers).build());
  }

  @Test
  void eightThreadsGiveWhatOneThreadGivesUnderTheDefaultPolicy() throws Exception {
    PolicyRegistry registry = keep(PolicyRegistry.builder().build());
    assertSameOnEightThreads(tasks(registry));
  }

  @Test
  void eightThreadsGiveWhatOneThreadGivesWithAPluginDecidingOnTheCallersThreads()
      throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    PolicyRegistry registry = keep(PolicyRegistry.builder().strict()
        .register(steadyPlugin(threads)).build());

    assertSameOnEightThreads(tasks(registry));

    assertThat(threads).isNotEmpty().noneMatch(t -> t.startsWith("reform-plugin-"));
  }

  @Test
  void eightThreadsGiveWhatOneThreadGivesWithATimeBudgetAndTheSameInputCheck()
      throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    PolicyRegistry registry = keep(PolicyRegistry.builder().strict()
        .register(steadyPlugin(threads)).decisionTimeBudget(GENEROUS).decisionWorkers(THREADS)
        .sameInputCheck(1).build());

    assertSameOnEightThreads(tasks(registry));

    assertThat(threads).as("the threads the plugin decided on").isNotEmpty()
        .allMatch(t -> t.startsWith("reform-plugin-" + OnePlugin.ID + "-"));
  }

  private PolicyRegistry keep(PolicyRegistry registry) {
    registries.add(registry);
    return registry;
  }

  /** Every task's result on one thread, then on eight at once, compared one by one. */
  private static void assertSameOnEightThreads(Map<String, Callable<Object>> tasks)
      throws Exception {
    Map<String, Object> alone = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<Object>> t : tasks.entrySet()) {
      alone.put(t.getKey(), outcome(t.getValue()));
    }

    List<String> order = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      order.addAll(tasks.keySet());
    }
    Collections.shuffle(order, new Random(SEED));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Object[]>>> threads = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        List<String> mine = new ArrayList<>();
        for (int k = i; k < order.size(); k += THREADS) {
          mine.add(order.get(k));
        }
        threads.add(pool.submit(() -> {
          start.await();
          List<Object[]> done = new ArrayList<>();
          for (String name : mine) {
            done.add(new Object[] {name, outcome(tasks.get(name))});
          }
          return done;
        }));
      }
      start.countDown();
      int compared = 0;
      for (Future<List<Object[]>> f : threads) {
        for (Object[] done : f.get()) {
          assertThat(done[1]).as("%s on one of eight threads", done[0])
              .isEqualTo(alone.get((String) done[0]));
          compared++;
        }
      }
      assertThat(compared).isEqualTo(tasks.size() * ROUNDS);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a task gave: its result, or the library's error it threw. */
  private static Object outcome(Callable<Object> task) throws Exception {
    try {
      return task.call();
    } catch (ReformException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The run, each engine and the registry's own answers, on every dossier. */
  private static Map<String, Callable<Object>> tasks(PolicyRegistry registry) {
    Map<String, Callable<Object>> tasks = new LinkedHashMap<>();
    ReformRun run = new ReformRun(registry);
    for (int i = 0; i < DOSSIERS.size(); i++) {
      Dossier d = DOSSIERS.get(i);
      int year = d.asOf().getYear() - 1;
      CollectiveOrganization org = d.organizations().get(1);
      tasks.put("run " + i, () -> run.run(d));
      tasks.put("report.json " + i, () -> ReportJson.toJson(run.run(d)));
      tasks.put("membership " + i, () -> new MembershipEngine(registry).decide(d));
      tasks.put("shares " + i, () -> new ShareEngine(registry).sharesOn(d, d.asOf()));
      tasks.put("dividends " + i, () -> new DividendEngine(registry).distribute(d, year,
          d.asOf()));
      tasks.put("grids " + i, () -> new GridPlanner(registry).plan(d));
      tasks.put("retention " + i, () -> registry.resolve(d.county(), Facet.DIVIDEND, d.asOf())
          .retention(org, year));
      tasks.put("grid standard " + i, () -> registry.resolve(d.county(), Facet.GRID, d.asOf())
          .parameters(d.community()));
    }
    tasks.put("policies", registry::describe);
    return tasks;
  }

  /**
   * A well-behaved plugin for 新会区 deciding membership (as the municipal default does, in its
   * own name), dividends (15% and 5%) and grids, noting the threads it decides on.
   */
  private static OnePlugin steadyPlugin(Set<String> threads) {
    FacetVersion v = OnePlugin.VERSION;
    return new OnePlugin()
        .membership(new MembershipRules() {
          @Override
          public FacetVersion version() {
            return v;
          }

          @Override
          public Explained<MembershipStatus> decide(MembershipQuery q) {
            threads.add(Thread.currentThread().getName());
            Explained<MembershipStatus> base = q.baseDecision();
            return Explained.of(base.value(), v.explain("test.membership", "", Map.of(),
                Map.of(), base.explanation().outcome())
                .withSteps(List.of(base.explanation())));
          }
        })
        .dividends(new DividendRules() {
          @Override
          public FacetVersion version() {
            return v;
          }

          @Override
          public Explained<RetentionRates> retention(CollectiveOrganization o, int year) {
            threads.add(Thread.currentThread().getName());
            return Explained.of(RetentionRates.of(Rate.ofPercent(15), Rate.ofPercent(5)),
                v.explain("test.retention", "", Map.of("organization", o.id()),
                    Map.of(), "15% and 5%"));
          }
        })
        .grids(new GridStandard() {
          @Override
          public FacetVersion version() {
            return v;
          }

          @Override
          public Explained<GridParameters> parameters(Community community) {
            threads.add(Thread.currentThread().getName());
            return Explained.of(new GridParameters(20, 60, 250,
                    ImmutableSortedMap.of(GridParameters.HOUSEHOLDS, 1L), 1, 40),
                v.explain("test.grid", "", Map.of(), Map.of(), "20 to 60"));
          }
        });
  }
}
