package org.cungaiju.reform.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.dividend.DividendEngine;
import org.cungaiju.reform.core.dividend.DividendReport;
import org.cungaiju.reform.core.dividend.DividendStatus;
import org.cungaiju.reform.core.dividend.OrganizationDividend;
import org.cungaiju.reform.core.dividend.YearDistribution;
import org.cungaiju.reform.core.governance.GovernanceChecks;
import org.cungaiju.reform.core.governance.GovernanceReport;
import org.cungaiju.reform.core.fixtures.OnePlugin;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.GridPlanner;
import org.cungaiju.reform.core.land.LandCalculations;
import org.cungaiju.reform.core.land.LandReport;
import org.cungaiju.reform.core.ledger.Ledger;
import org.cungaiju.reform.core.ledger.LedgerReport;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.service.PublicServiceChecks;
import org.cungaiju.reform.core.service.ServicesReport;
import org.cungaiju.reform.core.share.ShareEngine;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.share.ShareScheme;
import org.junit.jupiter.api.Test;

public class ReformRunTest {

  private final Dossier sample = SampleRuns.sample();
  private final Report report = SampleRuns.report();

  @Test
  void producesEverySectionCompleteOnTheSample() {
    assertThat(report.sections().keySet()).containsExactlyElementsOf(ReformRun.sectionIds());
    assertThat(report.sections().values()).allMatch(Section::isComplete);
    assertThat(report.complete()).isTrue();
    assertThat(report.failures()).isEmpty();
    assertThat(report.formatVersion()).isEqualTo(Report.FORMAT_VERSION);
    assertThat(report.date()).isEqualTo(sample.asOf());
  }

  @Test
  void holdsTheEnginesOwnResults() {
    PolicyRegistry registry = PolicyRegistry.builder().build();
    MembershipDecisions decisions = new MembershipEngine(registry).decide(sample);
    GridPlan plan = new GridPlanner(registry).plan(sample);

    assertThat(report.result(SectionKey.MEMBERSHIP)).contains(decisions);
    assertThat(report.result(SectionKey.GRIDS).map(GridSection::plan)).contains(plan);
    assertThat(report.result(SectionKey.SHARES).map(ShareSection::organizations))
        .contains(new ShareEngine(registry).sharesOn(sample, sample.asOf()));
    YearDistribution year = new DividendEngine(registry).distribute(sample,
        DividendEngine.latestYear(sample).orElseThrow(), sample.asOf());
    DividendSection dividends = report.result(SectionKey.DIVIDENDS).orElseThrow();
    assertThat(dividends.year()).contains(year.year());
    assertThat(dividends.organizations()).extracting(OrganizationDividend::distribution)
        .containsExactlyElementsOf(year.organizations().stream()
            .map(OrganizationDividend::distribution).toList());
    assertThat(report.result(SectionKey.GOVERNANCE))
        .contains(new GovernanceChecks(registry).check(sample));
    assertThat(report.result(SectionKey.LAND))
        .contains(new LandCalculations(registry).calculate(sample));
    assertThat(report.result(SectionKey.SERVICES))
        .contains(new PublicServiceChecks(registry).check(sample));
    assertThat(report.result(SectionKey.LEDGER))
        .contains(Ledger.of(sample).report(sample.asOf()));
  }

  @Test
  void figuresAgreeWithTheResults() {
    MembershipDecisions d = report.result(SectionKey.MEMBERSHIP).orElseThrow();
    Figures m = report.section(SectionKey.MEMBERSHIP).orElseThrow().figures();
    assertThat(m.count("members") + m.count("notMembers") + m.count("pending"))
        .isEqualTo(m.count("decisions"))
        .isEqualTo(d.decisions().size());
    assertThat(m.count("decisions") + m.count("withoutOrganization"))
        .isEqualTo(sample.persons().size());
    assertThat(m.count("pending")).isEqualTo(d.withStatus(MembershipStatus.PENDING).size());

    GridPlan plan = report.result(SectionKey.GRIDS).orElseThrow().plan();
    Figures g = report.section(SectionKey.GRIDS).orElseThrow().figures();
    assertThat(g.count("grids")).isEqualTo(plan.grids().size());
    assertThat(g.count("households"))
        .isEqualTo(plan.grids().stream().mapToLong(x -> x.households()).sum());
    assertThat(g.count("fullTimeWorkers"))
        .isEqualTo(plan.grids().stream().mapToLong(x -> x.fullTimeWorkers()).sum());
    assertThat(g.count("partTimeWorkers"))
        .isEqualTo(plan.grids().stream().mapToLong(x -> x.partTimeWorkers()).sum());

    LedgerReport ledger = report.result(SectionKey.LEDGER).orElseThrow();
    Figures l = report.section(SectionKey.LEDGER).orElseThrow().figures();
    assertThat(l.count("tasksDone") + l.count("tasksInProgress") + l.count("tasksBlocked")
        + l.count("tasksNotStarted") + l.count("tasksNotReported"))
        .isEqualTo(l.count("keyTasks")).isEqualTo(ledger.tasks().size()).isEqualTo(10);
    assertThat(l.count("overdue")).isEqualTo(ledger.overdue().size());

    ServicesReport services = report.result(SectionKey.SERVICES).orElseThrow();
    Figures s = report.section(SectionKey.SERVICES).orElseThrow().figures();
    assertThat(s.count("schoolPlacesNeeded"))
        .isEqualTo(services.schoolPlaces().stream().mapToLong(n -> n.needed()).sum());
    assertThat(s.count("schoolPlacesShort")).isEqualTo(services.schoolPlaces().stream()
        .mapToLong(n -> Math.max(0, n.gap().orElse(0L))).sum());

    LandReport land = report.result(SectionKey.LAND).orElseThrow();
    Figures a = report.section(SectionKey.LAND).orElseThrow().figures();
    assertThat(a.amounts().get("unrealizedLandAsCash").fen()).isEqualTo(land.retainedLand()
        .stream().mapToLong(v -> v.cash().fen()).sum());

    ShareSection shares = report.result(SectionKey.SHARES).orElseThrow();
    Figures sh = report.section(SectionKey.SHARES).orElseThrow().figures();
    assertThat(sh.count("totalShares")).isEqualTo(shares.organizations().stream()
        .mapToLong(o -> o.register().totalShares()).sum());
    assertThat(sh.count("registers")).isEqualTo(sample.organizations().size());

    Figures div = report.section(SectionKey.DIVIDENDS).orElseThrow().figures();
    long paid = 0;
    long income = 0;
    long retained = 0;
    for (OrganizationDividend o : report.result(SectionKey.DIVIDENDS).orElseThrow()
        .organizations()) {
      if (o.status() == DividendStatus.DISTRIBUTED) {
        DividendReport r = o.distribution().orElseThrow();
        long payouts = r.payouts().stream().mapToLong(p -> p.payout().fen()).sum();
        assertThat(payouts).as(o.organizationId()).isEqualTo(r.paidOut().fen());
        assertThat(r.reserveFund().fen() + r.welfareFund().fen() + r.paidOut().fen())
            .as(o.organizationId()).isEqualTo(r.distributableIncome().fen());
        paid += r.paidOut().fen();
        income += r.distributableIncome().fen();
        retained += r.reserveFund().fen() + r.welfareFund().fen();
      }
    }
    assertThat(div.amounts().get("paidOut").fen()).isEqualTo(paid).isPositive();
    assertThat(div.amounts().get("distributableIncome").fen()).isEqualTo(income);
    assertThat(div.amounts().get("reserveFund").fen() + div.amounts().get("welfareFund").fen())
        .isEqualTo(retained);

    GovernanceReport governance = report.result(SectionKey.GOVERNANCE).orElseThrow();
    Figures v = report.section(SectionKey.GOVERNANCE).orElseThrow().figures();
    assertThat(v.count("dimensionsSeparated") + v.count("dimensionsMixed")
        + v.count("dimensionsNotAssessed")).isEqualTo(governance.separation().size()).isEqualTo(5);
  }

  @Test
  void recordsTheDossierThePoliciesAndThePersons() {
    assertThat(report.dossier().community()).isEqualTo(sample.community());
    assertThat(report.dossier().entries()).containsEntry("persons", sample.persons().size());
    assertThat(report.policies()).extracting(PolicyInForce::facet)
        .contains("membership", "grid");
    assertThat(report.policies()).allMatch(p -> p.policyId().equals("jiangmen-default"));
    assertThat(report.plugins()).extracting(PluginUsed::id).containsExactly("jiangmen-default");
    assertThat(report.library().version()).isNotBlank().doesNotContain("${");
    Person first = sample.persons().get(0);
    assertThat(report.persons().get(first.id()).name()).isEqualTo(first.name().value());
    assertThat(report.persons()).hasSize(sample.persons().size());
  }

  @Test
  void givesAnEqualReportForTheSameInput() {
    Report again = new ReformRun(PolicyRegistry.builder().build()).run(sample);
    assertThat(again).isEqualTo(report);
  }

  @Test
  void givesTheSameReportOnEveryThreadOfOneRun() throws Exception {
    ReformRun run = new ReformRun(PolicyRegistry.builder().build());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Callable<Report> task = () -> run.run(sample);
      for (Future<Report> f : pool.invokeAll(Collections.nCopies(3, task))) {
        assertThat(f.get()).isEqualTo(report);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void runsAsOfTheDateGiven() {
    LocalDate earlier = sample.asOf().minusYears(3);
    Report then = new ReformRun(PolicyRegistry.builder().build()).run(sample, earlier);
    assertThat(then.date()).isEqualTo(earlier);
    assertThat(then.result(SectionKey.MEMBERSHIP).orElseThrow().date()).isEqualTo(earlier);
  }

  @Test
  void marksAFailingSectionFailedAndKeepsTheOthers() {
    PolicyRegistry registry = PolicyRegistry.builder().register(brokenGrids()).build();
    Report broken = new ReformRun(registry).run(sample);

    assertThat(broken.complete()).isFalse();
    Section grids = broken.section(SectionKey.GRIDS).orElseThrow();
    assertThat(grids.status()).isEqualTo(SectionStatus.FAILED);
    assertThat(grids.result()).isEmpty();
    assertThat(grids.figures()).isEqualTo(Figures.NONE);
    SectionError error = grids.error().orElseThrow();
    assertThat(error.kind()).isEqualTo(ErrorKind.PLUGIN_FAULT);
    assertThat(error.pluginId()).contains(OnePlugin.ID);
    assertThat(error.facet()).contains("grid");
    assertThat(error.message()).contains(OnePlugin.ID);
    assertThat(broken.failures()).containsOnlyKeys("grids");
    assertThat(broken.result(SectionKey.MEMBERSHIP)).isEqualTo(report.result(SectionKey.MEMBERSHIP));
    assertThat(broken.policies()).anyMatch(p -> p.facet().equals("grid")
        && p.policyId().equals(OnePlugin.ID));
    assertThat(broken.plugins()).extracting(PluginUsed::id)
        .containsExactly("jiangmen-default", OnePlugin.ID);
  }

  @Test
  void failsTheDividendsNamingTheSharesWhenTheSharesFail() {
    PolicyRegistry registry = PolicyRegistry.builder().register(brokenShares()).build();
    Report broken = new ReformRun(registry).run(sample);

    assertThat(broken.section(SectionKey.SHARES).orElseThrow().error().orElseThrow().kind())
        .isEqualTo(ErrorKind.PLUGIN_FAULT);
    SectionError dividends =
        broken.section(SectionKey.DIVIDENDS).orElseThrow().error().orElseThrow();
    assertThat(dividends.kind()).isEqualTo(ErrorKind.DEPENDENCY_FAILED);
    assertThat(dividends.dependsOn()).contains("shares");
    assertThat(dividends.message()).contains("shares");
    assertThat(broken.failures()).containsOnlyKeys("shares", "dividends");
    assertThat(broken.section(SectionKey.GRIDS).orElseThrow().isComplete()).isTrue();
  }

  @Test
  void redactionReducesNamesToSurnamesAndMasksResidentIds() {
    Report redacted = report.redact();
    assertThat(redacted.redacted()).isTrue();
    assertThat(redacted.redact()).isSameAs(redacted);
    assertThat(redacted.sections()).isEqualTo(report.sections());
    for (Person p : sample.persons()) {
      PersonEntry e = redacted.persons().get(p.id());
      assertThat(e.name()).isEqualTo(p.name().surname());
      assertThat(e.residentId()).isEqualTo(p.residentId().masked())
          .isNotEqualTo(p.residentId().value());
    }
  }

  @Test
  void keepsCompoundSurnamesWholeWhenRedacting() {
    PersonEntry situ = new PersonEntry("司徒美玲", "440705199001011234", "h1");
    PersonEntry ouyang = new PersonEntry("欧阳明", "440705199001011234", "h1");
    PersonEntry chen = new PersonEntry("陈大文", "440705199001011234", "h1");
    assertThat(situ.redacted().name()).isEqualTo("司徒");
    assertThat(ouyang.redacted().name()).isEqualTo("欧阳");
    assertThat(chen.redacted().name()).isEqualTo("陈");
    assertThat(chen.redacted().residentId()).isEqualTo("440705********1234");
  }

  @Test
  void showsNoPersonalDataInToString() {
    String text = report.toString() + report.persons().values().asList().subList(0, 50);
    for (Person p : sample.persons().subList(0, 50)) {
      assertThat(text).doesNotContain(p.residentId().value()).doesNotContain(p.name().value());
    }
    assertThat(report.toString()).contains(sample.community().id()).contains("membership COMPLETE");
  }

  /** A 新会区 plugin ({@link OnePlugin#ID}) whose grid standard throws for every community. */
  public static CountyPolicyProvider brokenGrids() {
    return new OnePlugin().grids(new GridStandard() {
      @Override
      public FacetVersion version() {
        return OnePlugin.VERSION;
      }

      @Override
      public Explained<GridParameters> parameters(Community community) {
        throw new IllegalStateException("the grid table is not loaded");
      }
    });
  }

  /** A 新会区 plugin ({@link OnePlugin#ID}) whose share scheme cannot say its classes. */
  static CountyPolicyProvider brokenShares() {
    return new OnePlugin().shares(new ShareScheme() {
      @Override
      public FacetVersion version() {
        return OnePlugin.VERSION;
      }

      @Override
      public ImmutableList<ShareClass> classes() {
        throw new IllegalStateException("the class table is not loaded");
      }

      @Override
      public Explained<ImmutableMap<String, Weight>> weightsOf(Person member,
          CollectiveOrganization organization, LocalDate baseDate) {
        throw new IllegalStateException("the weight table is not loaded");
      }
    });
  }
}
