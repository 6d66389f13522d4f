package org.cungaiju.reform.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.guard.CountyHealth;
import org.cungaiju.reform.core.guard.GuardSettings;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.guard.PluginGuard;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.LoadFailure.Kind;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.PolicyFacet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county policy plugins in force: finds them, checks them, and resolves (county, facet,
 * date) to exactly one facet version.
 *
 * <h2>Resolution</h2>
 *
 * <p>{@link #resolve(County, Facet, LocalDate)} returns the version of the county's plugin whose
 * validity window contains the date; where the county's plugins offer none (no plugin, a facet
 * not offered, or a date outside their versions) it returns the municipal default's
 * (440700). Engines call it once per decision date, then call the facet:
 *
 * <pre>{@code
 * PolicyRegistry registry = PolicyRegistry.load();           // ServiceLoader, default mode
 * DividendRules rules = registry.resolve(dossier.county(), Facet.DIVIDEND, dossier.asOf());
 * Explained<RetentionRates> rates = rules.retention(organization, 2025);
 * }</pre>
 *
 * <h2>Loading is strict and explains itself</h2>
 *
 * <p>Each of these is a {@link LoadFailure} naming the plugin (its id, else its provider class)
 * and its jar: a duplicate plugin id; two plugins of one county whose versions of a facet
 * overlap; overlapping versions inside one plugin; an SPI major version other than {@value
 * #SUPPORTED_SPI_MAJOR}; a county code outside Jiangmen; a facet that throws while loading. By
 * default the broken plugin's county is marked failed: resolving anything for it throws a
 * {@link PolicyConfigurationException} with the failures' messages, while the other counties
 * are served. In {@linkplain Builder#strict() strict mode} any failure makes {@link
 * Builder#build()} throw. A provider that cannot be constructed has no known county, so {@link
 * Builder#build()} throws in every mode, naming its class and jar. {@link #describe()} lists
 * every plugin, its location, county, facets and validity windows, and every failure.
 *
 * <h2>Every facet is guarded</h2>
 *
 * <p>{@link #resolve} never returns a plugin's facet object itself but a guard around it (see
 * {@link org.cungaiju.reform.core.guard.PluginGuard}), so engines get the checks by calling the
 * facet they resolved, with nothing else to do. Every answer is checked before the caller sees
 * it: not {@code null}, of the facet's type, explained by the plugin and version that made it,
 * within the facet's rules (share weights for exactly the scheme's classes, a grid standard a
 * grid can meet, …). A failing check, or a decision that throws, is a {@link
 * PluginFaultException} naming the plugin, its jar, the facet, the version and the input (the
 * ids of the persons and organizations, and the JSON path where it is known); the municipal
 * default never stands in for a faulty plugin. The municipal default is guarded too and passes
 * every check. An engine that knows where an input came from adds its path:
 *
 * <pre>{@code
 * try {
 *   weights = scheme.weightsOf(member, organization, baseDate);
 * } catch (PluginFaultException e) {
 *   throw e.at("$.persons[" + index + "]");   // the membership engine's faults have it already
 * }
 * }</pre>
 *
 * <h2>Time budget</h2>
 *
 * <p>Decisions run on the caller's thread unless {@link Builder#decisionTimeBudget} is set.
 * With a budget, each decision of a county plugin runs on one of that plugin's worker threads
 * (daemon threads named {@code reform-plugin-<id>-<n>}, at most {@link Builder#decisionWorkers}
 * of them) and the caller waits at most the budget, counted from the call, waiting for a free
 * worker included. An overrunning decision is abandoned and reported: its worker is
 * interrupted and its answer, if it ever gives one, discarded. Java cannot stop a thread, so
 * the decision keeps running until it returns, and its thread is not reused until then; a
 * plugin stuck for ever holds at most its workers. From the first overrun, the plugin's county
 * is not served: {@link #resolve} and every facet already resolved for it raise the error
 * (whatever the facet, so the default never stands in), {@link #isServed} is false and {@link
 * #describe()} lists it; the other counties are served as before. A decision made inside
 * another (a child's membership asking for a parent's) runs on the same worker within the
 * outer decision's budget. The municipal default always runs on the caller's thread: marking
 * the city failed would stop every county. {@link #close()} releases the threads.
 *
 * <h2>Same-input check</h2>
 *
 * <p>{@link Builder#sameInputCheck(int)} asks one decision in {@code n} twice and reports two
 * different answers; off by default, since a checked decision costs twice as much. The plugin
 * contract of reform-testkit runs with it on for every decision.
 *
 * <h2>Performance notes</h2>
 *
 * <p>All checking of the plugins themselves happens once, when the registry is built;
 * plugins' facet lists are read once and their guards made then. Resolution is an array lookup
 * and a binary search over the county's versions of the facet, allocating nothing, with or
 * without a budget. Without a budget or a same-input check, a guarded decision costs the
 * plugin's own decision plus a few checks of its answer.
 *
 * <p>Immutable and thread-safe once built, apart from counties marked failed by an overrun.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class PolicyRegistry implements AutoCloseable {

  /** The SPI major version this core supports. */
  public static final int SUPPORTED_SPI_MAJOR = 1;

  private static final Logger LOG = LoggerFactory.getLogger(PolicyRegistry.class);

  private final VersionTable[][] tables;
  private final String[] countyFailures;
  private final RegistryDescription description;
  private final boolean budgeted;
  private final CountyHealth health;
  private final ImmutableList<PluginGuard> guards;

  private PolicyRegistry(VersionTable[][] tables, String[] countyFailures,
      RegistryDescription description, boolean budgeted, CountyHealth health,
      ImmutableList<PluginGuard> guards) {
    this.tables = tables;
    this.countyFailures = countyFailures;
    this.description = description;
    this.budgeted = budgeted;
    this.health = health;
    this.guards = guards;
  }

  /**
   * The plugins {@link ServiceLoader} finds on the class path and module path, in default mode.
   *
   * @throws PolicyConfigurationException if a provider cannot be constructed
   */
  public static PolicyRegistry load() {
    return builder().discover().build();
  }

  /** A builder with only the municipal default; add plugins by discovery or registration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The version of {@code facet} in force for {@code county} on {@code date}: the county's own,
   * else the municipal default's.
   *
   * <p>The facet returned is guarded (see the class comment): calling it checks the plugin's
   * answer and reports a faulty one as a {@link PluginFaultException}.
   *
   * @throws PolicyConfigurationException if the county (or, when falling back, the city's
   *     default) was marked failed at loading, or the county was marked failed since because a
   *     decision of its plugin overran the time budget, or no version is in force on the date
   */
  public <F extends PolicyFacet> F resolve(County county, Facet<F> facet, LocalDate date) {
    long day = date.toEpochDay();
    int c = county.ordinal();
    if (countyFailures[c] != null) {
      throw new PolicyConfigurationException(countyFailures[c]);
    }
    if (budgeted) {
      health.check(county);
    }
    PolicyFacet found = tables[c][facet.index()].find(day);
    if (found == null) {
      int city = County.CITY.ordinal();
      if (countyFailures[city] != null) {
        throw new PolicyConfigurationException(countyFailures[city]);
      }
      found = tables[city][facet.index()].find(day);
      if (found == null) {
        throw new PolicyConfigurationException("no version of facet " + facet.id()
            + " is in force on " + date + " for county " + county.code() + " "
            + county.chineseName() + " nor in the municipal default; accepted: a date inside "
            + "a version's validity window (see reform policies)");
      }
    }
    // every table holds guards made for its facet's type (see Builder.build), so no check here:
    // an interface check on every call would cost a good part of the lookup
    @SuppressWarnings("unchecked")
    F typed = (F) found;
    return typed;
  }

  /**
   * Whether asking for {@code county} is served, rather than raising its loading failure or the
   * overrun that marked it failed since.
   */
  public boolean isServed(County county) {
    return countyFailures[county.ordinal()] == null
        && (!budgeted || health.failure(county).isEmpty());
  }

  /**
   * Every plugin found, with its location, county, facets and windows, and every failure; the
   * failed counties include those marked failed since loading because a decision overran the
   * time budget.
   */
  public RegistryDescription describe() {
    if (!budgeted) {
      return description;
    }
    Map<County, String> failed = new EnumMap<>(County.class);
    failed.putAll(description.failedCounties());
    for (County county : County.values()) {
      health.failure(county).ifPresent(f -> failed.putIfAbsent(county,
          CountyHealth.notServed(county, f)));
    }
    return failed.size() == description.failedCounties().size() ? description
        : new RegistryDescription(description.strict(), description.plugins(),
            description.failures(), ImmutableMap.copyOf(failed));
  }

  /**
   * Releases the worker threads of a registry with a time budget; without one, does nothing.
   * Decisions already running are interrupted, and a facet called after this throws {@link
   * IllegalStateException}. Close a registry once nothing uses it any more.
   */
  @Override
  public void close() {
    guards.forEach(PluginGuard::close);
  }

  /**
   * Collects plugins, then checks and indexes them in {@link #build()}. Not thread-safe.
   *
   * <p>The municipal default ({@link MunicipalDefaultPolicy#standard()}) is always present;
   * {@link #municipalDefault} replaces it, for example with other school-place figures.
   * Discovery and registration may be combined; a provider class found twice (say, by two
   * discoveries sharing a parent class loader) is kept once.
   */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<Class<?>> seen = new HashSet<>();
    private CountyPolicyProvider municipalDefault = MunicipalDefaultPolicy.standard();
    private boolean strict;
    private Duration timeBudget;
    private int workers = GuardSettings.DEFAULT_WORKERS;
    private int sameInputOneIn;

    private Builder() {}

    /** Finds plugins with {@link ServiceLoader} on the class path and the boot layer's module path. */
    public Builder discover() {
      return discover(ServiceLoader.load(CountyPolicyProvider.class), "the class path");
    }

    /** Finds plugins with {@link ServiceLoader} through {@code loader}. */
    public Builder discover(ClassLoader loader) {
      return discover(ServiceLoader.load(CountyPolicyProvider.class, loader),
          "class loader " + loader.getName());
    }

    /** Finds plugins with {@link ServiceLoader} in the modules of {@code layer} and its parents. */
    public Builder discover(ModuleLayer layer) {
      return discover(ServiceLoader.load(layer, CountyPolicyProvider.class), "a module layer");
    }

    /**
     * Finds plugins in every {@code .jar} file of {@code folder} (not its subfolders), loaded
     * together by one class loader whose parent is this library's. This is how {@code reform
     * --plugins DIR} works, since {@code java -jar} ignores the class path.
     *
     * @throws InvalidInputException if {@code folder} is not a readable folder
     */
    public Builder discoverIn(Path folder) {
      if (!Files.isDirectory(folder)) {
        throw InvalidInputException.of("plugins", folder, "is not a folder",
            "a folder holding county plugin jars");
      }
      List<URL> jars;
      try (Stream<Path> files = Files.list(folder)) {
        jars = files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
            .sorted()
            .map(Builder::url)
            .collect(Collectors.toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the plugin folder " + folder, e);
      }
      if (jars.isEmpty()) {
        return this;
      }
      URLClassLoader loader = new URLClassLoader("reform-plugins", jars.toArray(URL[]::new),
          PolicyRegistry.class.getClassLoader());
      return discover(ServiceLoader.load(CountyPolicyProvider.class, loader), folder.toString());
    }

    private static URL url(Path jar) {
      try {
        return jar.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalStateException("a file path is not a URL: " + jar, e);
      }
    }

    private Builder discover(ServiceLoader<CountyPolicyProvider> loader, String origin) {
      Iterator<ServiceLoader.Provider<CountyPolicyProvider>> it = loader.stream().iterator();
      int errorsInARow = 0;
      while (errorsInARow < 100) {
        ServiceLoader.Provider<CountyPolicyProvider> p;
        try {
          if (!it.hasNext()) {
            break;
          }
          p = it.next();
          errorsInARow = 0;
        } catch (ServiceConfigurationError e) {
          errorsInARow++;
          candidates.add(Candidate.failed(String.valueOf(e.getMessage()), origin, e));
          continue;
        }
        Class<? extends CountyPolicyProvider> type = p.type();
        if (type == MunicipalDefaultPolicy.class || !seen.add(type)) {
          continue;
        }
        try {
          candidates.add(Candidate.of(p.get(), Candidate.locationOf(type), false));
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
          candidates.add(Candidate.failed(type.getName(), Candidate.locationOf(type), e));
        }
      }
      return this;
    }

    /** Adds a plugin explicitly, for tests and dependency-injection containers. */
    public Builder register(CountyPolicyProvider provider) {
      requireNonNull(provider, "provider");
      seen.add(provider.getClass());
      if (!isRegistered(provider)) {
        candidates.add(Candidate.of(provider, false));
      }
      return this;
    }

    private boolean isRegistered(CountyPolicyProvider provider) {
      return candidates.stream().anyMatch(c -> c.provider().orElse(null) == provider);
    }

    /** Replaces the municipal default policy (440700), which must serve county 440700. */
    public Builder municipalDefault(CountyPolicyProvider provider) {
      this.municipalDefault = requireNonNull(provider, "provider");
      return this;
    }

    /** Strict mode: {@link #build()} throws on any loading failure. */
    public Builder strict() {
      return strict(true);
    }

    /** Strict mode on or off; off (the default) marks a broken plugin's county failed. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Runs every decision of a county plugin on a worker thread of that plugin, waiting at most
     * {@code budget} for it. A decision that overruns is abandoned and reported as a {@link
     * PluginFaultException}, and its plugin's county is not served from then on. The
     * municipal default always runs on the caller's thread. See the class comment for what
     * happens to an abandoned decision; {@link PolicyRegistry#close()} releases the threads.
     *
     * @throws IllegalArgumentException if {@code budget} is not positive
     */
    public Builder decisionTimeBudget(Duration budget) {
      checkArgument(!budget.isNegative() && !budget.isZero(),
          "the time budget must be positive: %s", budget);
      this.timeBudget = budget;
      return this;
    }

    /**
     * The most worker threads one plugin may have when there is a time budget: how many of its
     * decisions may run at once, and how many threads a plugin stuck for ever can hold. The
     * default is the number of processors, at least 2.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public Builder decisionWorkers(int threads) {
      checkArgument(threads >= 1, "a plugin needs at least one worker thread: %s", threads);
      this.workers = threads;
      return this;
    }

    /**
     * Asks one decision in {@code n} a second time and reports a {@link PluginFaultException}
     * if the two answers (value or explanation) differ: a sampled check, at run time, of what
     * the plugin contract checks in tests. 0 (the default) turns it off, 1 checks every
     * decision, at twice the cost.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public Builder sameInputCheck(int n) {
      checkArgument(n >= 0, "the same-input check's rate is negative: %s", n);
      this.sameInputOneIn = n;
      return this;
    }

    /**
     * Checks every plugin and builds the registry.
     *
     * @throws PolicyConfigurationException naming every failing plugin and its jar, if a
     *     provider could not be constructed (in every mode) or, in strict mode, if anything
     *     failed
     */
    public PolicyRegistry build() {
      List<Candidate> all = new ArrayList<>();
      all.add(Candidate.of(municipalDefault, true));
      all.addAll(candidates);
      PluginLoader loader = new PluginLoader();
      loader.load(all);

      List<LoadFailure> fatal = loader.failures.stream()
          .filter(f -> strict || f.kind() == Kind.NOT_CONSTRUCTED)
          .toList();
      if (!fatal.isEmpty()) {
        throw new PolicyConfigurationException(
            (strict ? "county policy plugins failed to load (strict mode):\n  "
                : "a county policy plugin could not be constructed:\n  ")
                + fatal.stream().map(LoadFailure::message).collect(Collectors.joining("\n  ")));
      }
      loader.failures.forEach(f -> LOG.warn("{}", f.message()));

      GuardSettings settings = new GuardSettings(Optional.ofNullable(timeBudget), workers,
          sameInputOneIn);
      CountyHealth health = new CountyHealth();
      Map<PluginLoader.Loaded, PluginGuard> guards = new LinkedHashMap<>();
      for (PluginLoader.Loaded p : loader.plugins) {
        if (p.county != null && !p.failed) {
          guards.put(p, new PluginGuard(p.id, p.candidate.providerClass(),
              p.candidate.location(), p.county, p.candidate.municipalDefault()
                  ? settings.withoutBudget() : settings, health));
        }
      }

      int facets = Facet.all().size();
      VersionTable[][] tables = new VersionTable[County.values().length][facets];
      String[] countyFailures = new String[County.values().length];
      Map<County, String> failed = new EnumMap<>(County.class);
      for (County county : County.values()) {
        List<String> problems = loader.countyFailures.get(county);
        if (problems != null) {
          String message = "county " + county.code() + " " + county.chineseName()
              + " is not served: its policy plugins failed to load:\n  "
              + String.join("\n  ", problems);
          countyFailures[county.ordinal()] = message;
          failed.put(county, message);
        }
        for (Facet<?> facet : Facet.all()) {
          List<PolicyFacet> versions = new ArrayList<>();
          for (PluginLoader.Loaded p : loader.plugins) {
            if (p.county == county && !p.failed) {
              for (PolicyFacet f : p.versions.get(facet.index())) {
                versions.add(guarded(guards.get(p), facet, f));
              }
            }
          }
          versions.sort(java.util.Comparator.comparing(f -> f.version().validity().from()));
          tables[county.ordinal()][facet.index()] =
              versions.isEmpty() ? VersionTable.EMPTY : new VersionTable(versions);
        }
      }
      RegistryDescription description = new RegistryDescription(strict, loader.describe(),
          ImmutableList.copyOf(loader.failures),
          ImmutableMap.copyOf(failed));
      return new PolicyRegistry(tables, countyFailures, description, timeBudget != null,
          health, ImmutableList.copyOf(guards.values()));
    }

    private static <F extends PolicyFacet> F guarded(PluginGuard guard, Facet<F> facet,
        PolicyFacet version) {
      return guard.guard(facet, facet.type().cast(version));
    }
  }
}
