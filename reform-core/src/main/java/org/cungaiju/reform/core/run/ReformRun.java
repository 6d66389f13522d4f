package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.core.registry.PluginDescription;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: runs the whole reform on one community dossier under the policy in force for
 * its county on a date, and returns the {@link Report}.
 *
 * <pre>{@code
 * try (PolicyRegistry registry = PolicyRegistry.load()) {
 *   Report report = new ReformRun(registry).run(DossierReader.read(file));
 *   report.result(SectionKey.MEMBERSHIP).ifPresent(d -> ...);
 *   if (!report.complete()) {
 *     report.failures().forEach((section, error) -> ...);
 *   }
 * }
 * }</pre>
 *
 * <h2>Sections</h2>
 *
 * <p>The report's sections are produced in this order, each by one engine, each under the
 * policy version in force for the county on the date: {@code membership} (the membership
 * engine), {@code shares} (each organization's register in force, quantified where the dossier
 * has none), {@code dividends} (the latest financial year up to the date, paid on those
 * registers), {@code grids} (the grid planner, with the grid workers), {@code governance}
 * (政经分开, 一肩挑 and the eligibility of non-hukou residents), {@code land} (retained land and
 * homestead withdrawal), {@code services} (school places) and {@code ledger} (the key tasks'
 * status in the work ledger). A section that needs another's result is produced after it:
 * {@code dividends} is paid on the registers of {@code shares}, and fails, naming it, when
 * {@code shares} fails.
 *
 * <h2>When a section fails</h2>
 *
 * <p>A section whose engine throws one of the library's exceptions ({@link ReformException}:
 * invalid input, a county plugin's fault, a policy that cannot be resolved, a conflict, an
 * infeasible request) is marked {@linkplain SectionStatus#FAILED failed} with the error — its
 * kind, message, violations and, for a plugin's fault, the plugin, facet, version and input
 * path — and holds no result; the sections that need its result are marked failed too, naming
 * it. The other sections are produced as usual, so one faulty facet of one plugin does not hide
 * the rest of the community's results. The report says it is not {@linkplain Report#complete()
 * complete} and lists the {@linkplain Report#failures() failures}; nothing partial is presented
 * as complete. Any other exception is a defect of the library, not of the input, and
 * propagates.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The date is explicit: the dossier's {@code asOf} unless another is given; never the
 *       wall clock. The same dossier, date and policies give an equal report.
 *   <li>Nothing personal is logged: at DEBUG the run logs the community id, the date and each
 *       section's status, and a failed section's message, which the library masks.
 * </ul>
 *
 * <p>The run never closes the registry: its owner does. Stateless between calls; immutable and
 * thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ReformRun {

  private static final Logger LOG = LoggerFactory.getLogger(ReformRun.class);

  private static final ImmutableList<ReportSection<?>> SECTIONS = ImmutableList.of(
      new MembershipReportSection(),
      new SharesReportSection(),
      new DividendsReportSection(),
      new GridsReportSection(),
      new GovernanceReportSection(),
      new LandReportSection(),
      new ServicesReportSection(),
      new LedgerReportSection());

  private final PolicyRegistry registry;

  /** A run deciding under the policies of {@code registry}. */
  public ReformRun(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /** The ids of the sections every report has, in the report's order. */
  public static ImmutableList<String> sectionIds() {
    return SECTIONS.stream().map(s -> s.key().id()).collect(ImmutableList.toImmutableList());
  }

  /** The reform on {@code dossier} as of its {@code asOf}. */
  public Report run(Dossier dossier) {
    return run(dossier, dossier.asOf());
  }

  /** The reform on {@code dossier} as of {@code date}. */
  public Report run(Dossier dossier, LocalDate date) {
    requireNonNull(dossier, "dossier");
    requireNonNull(date, "date");
    RunContext run = new RunContext(dossier, date, registry);
    for (ReportSection<?> s : SECTIONS) {
      run.add(s.key().id(), produce(s, run));
    }
    ImmutableMap<String, Section> sections = ImmutableMap.copyOf(run.sections());
    boolean complete = sections.values().stream().allMatch(Section::isComplete);
    if (LOG.isDebugEnabled()) {
      LOG.debug("ran community {} on {}: {}", dossier.community().id(), date,
          sections.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().status())
              .toList());
    }
    ImmutableList<PolicyInForce> policies = policies(dossier, date);
    return new Report(Report.FORMAT_VERSION, Library.current(), date, false, complete,
        DossierSummary.of(dossier), policies, plugins(policies), persons(dossier), sections);
  }

  private static <T extends Record> Section produce(ReportSection<T> s, RunContext run) {
    try {
      T result = s.compute(run);
      return Section.complete(result, s.figures(result));
    } catch (RunContext.DependencyFailed e) {
      return Section.failed(SectionError.dependencyFailed(e.section()));
    } catch (ReformException e) {
      LOG.debug("section {} of community {} failed: {}", s.key(),
          run.dossier().community().id(), e.getMessage());
      return Section.failed(SectionError.of(e));
    }
  }

  private ImmutableList<PolicyInForce> policies(Dossier dossier, LocalDate date) {
    ImmutableList.Builder<PolicyInForce> out = ImmutableList.builder();
    for (Facet<?> facet : Facet.all()) {
      try {
        out.add(PolicyInForce.of(facet, registry.resolve(dossier.county(), facet, date).version()));
      } catch (PolicyConfigurationException e) {
        // left out: the sections needing the facet fail with this error and say so
      }
    }
    return out.build();
  }

  private ImmutableList<PluginUsed> plugins(ImmutableList<PolicyInForce> policies) {
    Set<String> ids = new LinkedHashSet<>();
    policies.forEach(p -> ids.add(p.policyId()));
    ImmutableList.Builder<PluginUsed> out = ImmutableList.builder();
    for (PluginDescription d : registry.describe().plugins()) {
      if (ids.contains(d.id()) && !d.failed()) {
        out.add(PluginUsed.of(d));
      }
    }
    return out.build();
  }

  private static ImmutableMap<String, PersonEntry> persons(Dossier dossier) {
    ImmutableMap.Builder<String, PersonEntry> out = ImmutableMap.builder();
    for (Person p : dossier.persons()) {
      out.put(p.id(), PersonEntry.of(p));
    }
    return out.buildOrThrow();
  }
}
