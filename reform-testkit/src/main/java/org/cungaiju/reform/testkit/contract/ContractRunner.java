package org.cungaiju.reform.testkit.contract;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.LoadFailure;
import org.cungaiju.reform.core.registry.PluginDescription;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.registry.RegistryDescription;
import org.cungaiju.reform.core.registry.VersionDescription;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.facet.PolicyFacet;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * Runs one plugin through the real registry, found by {@link java.util.ServiceLoader}, and
 * checks what {@link CountyPluginContract} promises. One runner per plugin type, built once.
 */
final class ContractRunner {
  private static final Map<Class<?>, ContractRunner> RUNNERS = new ConcurrentHashMap<>();
  private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);
  private static final int OPEN_SPAN_DAYS = 20 * 365;

  private final Class<? extends CountyPolicyProvider> type;
  private final RegistryDescription description;
  private final PolicyRegistry registry;

  private ContractRunner(Class<? extends CountyPolicyProvider> type) {
    this.type = type;
    PolicyRegistry r;
    try {
      r = PolicyRegistry.builder().discover().sameInputCheck(1).build();
    } catch (PolicyConfigurationException e) {
      r = null;
      fail("loading the plugins on the test class path failed: " + e.getMessage(), e);
    }
    this.registry = r;
    this.description = r.describe();
  }

  static ContractRunner of(Class<? extends CountyPolicyProvider> type) {
    return RUNNERS.computeIfAbsent(type, t -> new ContractRunner(type));
  }

  private Optional<PluginDescription> found() {
    return description.plugins().stream()
        .filter(p -> !p.municipalDefault() && p.providerClass().equals(type.getName()))
        .findFirst();
  }

  private PluginDescription plugin() {
    return found().orElseGet(() -> fail(type.getName() + " is not found by ServiceLoader. "
        + "Fix: list it in src/main/resources/META-INF/services/"
        + CountyPolicyProvider.class.getName() + " (class path) and declare `provides "
        + CountyPolicyProvider.class.getName() + " with " + type.getName()
        + ";` in module-info.java (module path)."));
  }

  void isDiscoverable() {
    boolean listed = java.util.ServiceLoader.load(CountyPolicyProvider.class).stream()
        .anyMatch(p -> p.type() == type);
    if (!listed) {
      fail(type.getName() + " is not found by ServiceLoader. Fix: list it in "
          + "src/main/resources/META-INF/services/" + CountyPolicyProvider.class.getName());
    }
    plugin();
  }

  void loadsWithoutFailures() {
    PluginDescription p = plugin();
    List<LoadFailure> mine = description.failures().stream()
        .filter(f -> f.providerClass().equals(type.getName()))
        .toList();
    if (!mine.isEmpty()) {
      fail("the registry refused the plugin:\n  " + mine.stream().map(LoadFailure::message)
          .collect(Collectors.joining("\n  ")));
    }
    if (!Checks.ID.matcher(p.id()).matches()) {
      fail("the plugin id '" + p.id() + "' is not valid; use " + Checks.ID_ACCEPTED);
    }
    County county = p.county().orElseGet(() -> fail("the county code '" + p.countyCode()
        + "' is not one of Jiangmen's seven counties"));
    if (!county.isCounty()) {
      fail("the county code 440700 is the city's, served by the municipal default; "
          + "use the code of the county the plugin serves, such as 440705 for 新会区");
    }
    if (p.versions().isEmpty()) {
      fail("the plugin offers no facet version; override at least one facet method of "
          + CountyPolicyProvider.class.getSimpleName());
    }
  }

  void hasNoOverlappingVersions() {
    PluginDescription p = plugin();
    for (Facet<?> facet : Facet.all()) {
      List<VersionDescription> vs = p.versions().stream()
          .filter(v -> v.facet().equals(facet.id()))
          .sorted(Comparator.comparing(v -> v.validity().from()))
          .toList();
      for (int i = 1; i < vs.size(); i++) {
        if (vs.get(i - 1).validity().overlaps(vs.get(i).validity())) {
          fail("facet " + facet.id() + ": versions " + vs.get(i - 1).versionId() + " "
              + vs.get(i - 1).validity() + " and " + vs.get(i).versionId() + " "
              + vs.get(i).validity() + " overlap. Fix: end the earlier version (its `to` date, "
              + "exclusive) on or before the day the later one starts.");
        }
      }
    }
  }

  /** Every facet version of the plugin, on one date inside it chosen by {@code seed}. */
  void decidesEveryFacet(long seed) {
    loadsWithoutFailures();
    PluginDescription p = plugin();
    County county = p.county().orElseThrow();
    for (VersionDescription v : p.versions()) {
      LocalDate date = dateInside(v, seed);
      Dossier dossier = ContractDossiers.generate(county, date, seed);
      Context c = new Context(p, v, county, date, seed, dossier);
      switch (v.facet()) {
        case "membership" -> membership(c);
        case "shareScheme" -> shareScheme(c);
        case "dividend" -> dividend(c);
        case "grid" -> grid(c);
        case "land" -> land(c);
        case "election" -> election(c);
        case "governance" -> governance(c);
        case "publicService" -> publicService(c);
        default -> fail("facet " + v.facet() + " is not known to this contract version");
      }
    }
  }

  private static LocalDate dateInside(VersionDescription v, long seed) {
    LocalDate from = v.validity().from();
    long span = v.validity().to().map(to -> to.toEpochDay() - from.toEpochDay())
        .orElse((long) OPEN_SPAN_DAYS);
    LocalDate date = from.plusDays(Math.floorMod(seed, span));
    return date.isAfter(LATEST) ? from : date;
  }

  /** One facet version on one date, with the generated input. */
  private record Context(PluginDescription plugin, VersionDescription version, County county,
      LocalDate date, long seed, Dossier dossier) {
    String at(String what) {
      return "plugin '" + plugin.id() + "' facet " + version.facet() + " version "
          + version.versionId() + " on " + date + " (seed " + seed + "): " + what;
    }

    CollectiveOrganization organization() {
      return dossier.organizations().get(0);
    }
  }

  private <F extends PolicyFacet> F resolve(Context c, Facet<F> facet) {
    F f = registry.resolve(c.county, facet, c.date);
    FacetVersion v = f.version();
    if (!v.policyId().equals(c.plugin.id()) || !v.id().equals(c.version.versionId())) {
      fail(c.at("the registry resolved version " + v.policyId() + "/" + v.id()
          + " instead of this one"));
    }
    return f;
  }

  /**
   * One decision through the guarded registry, which checks it (not null, of the facet's type,
   * explained by the plugin and the version that made it, within the facet's rules) and, since
   * the contract's registry checks every decision twice, answers the same way twice: the
   * contract and the run-time guard apply the same checks, from the same code.
   */
  private static <T> T decided(Context c, String what, Supplier<Explained<T>> call) {
    return attempt(c, what, call).value();
  }

  /** Runs {@code call}, turning a fault or an exception into a failure that says what to fix. */
  private static <T> T attempt(Context c, String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (PluginFaultException e) {
      boolean thisVersion = e.pluginId().equals(c.plugin.id())
          && e.facet().equals(c.version.facet()) && e.version().equals(c.version.versionId());
      String detail = e.kind() == PluginFaultException.Kind.THREW
          ? "threw on valid generated input: " + e.getCause()
          : e.problem();
      return fail(c.at(what + (thisVersion
          ? ", deciding " + e.inputPath().map(p -> p + " (" + e.input() + ")").orElse(e.input())
              + ", " + detail
          : " failed in a decision of another version: " + e.getMessage())), e);
    } catch (RuntimeException e) {
      return fail(c.at(what + " threw on valid generated input: " + e), e);
    }
  }

  private void membership(Context c) {
    resolve(c, Facet.MEMBERSHIP);
    MembershipEngine engine = new MembershipEngine(registry);
    MembershipDecisions first = attempt(c, "membership of the generated persons",
        () -> engine.decide(c.dossier, c.date));
    MembershipDecisions second = attempt(c, "membership of the generated persons",
        () -> engine.decide(c.dossier, c.date));
    for (int i = 0; i < first.decisions().size(); i++) {
      Member a = first.decisions().get(i);
      Member b = second.decisions().get(i);
      if (!a.equals(b)) {
        fail(c.at("the membership of person " + a.personId() + " was decided differently for "
            + "the same input: " + a.status() + " then " + b.status()));
      }
    }
  }

  private void shareScheme(Context c) {
    ShareScheme scheme = resolve(c, Facet.SHARE_SCHEME);
    attempt(c, "the scheme's classes", scheme::classes);
    List<Person> people = new ArrayList<>();
    for (Member m : new MembershipEngine(registry).decide(c.dossier, c.date).decisions()) {
      if (m.isMember()) {
        people.add(c.dossier.personsById().get(m.personId()));
      }
    }
    for (Person member : people) {
      decided(c, "the share weights of member " + member.id(),
          () -> scheme.weightsOf(member, c.organization(), c.date));
    }
  }

  private void dividend(Context c) {
    var rules = resolve(c, Facet.DIVIDEND);
    decided(c, "retention for " + c.date.getYear(),
        () -> rules.retention(c.organization(), c.date.getYear()));
  }

  private void grid(Context c) {
    var standard = resolve(c, Facet.GRID);
    decided(c, "the grid standard", () -> standard.parameters(c.dossier.community()));
  }

  private void land(Context c) {
    var rules = resolve(c, Facet.LAND);
    decided(c, "the land parameters", () -> rules.parameters(c.organization()));
  }

  private void election(Context c) {
    var rules = resolve(c, Facet.ELECTION);
    for (Person p : c.dossier.persons()) {
      decided(c, "the eligibility of person " + p.id(), () -> rules.decide(p, c.date));
    }
  }

  private void governance(Context c) {
    var rules = resolve(c, Facet.GOVERNANCE);
    for (Set<Post> posts : Sets.powerSet(EnumSet.allOf(Post.class))) {
      decided(c, "whether " + posts + " may be held together",
          () -> rules.mayHoldTogether(posts));
    }
    for (SeparationDimension d : SeparationDimension.values()) {
      decided(c, "the separation standard for " + d, () -> rules.separation(d));
    }
  }

  private void publicService(Context c) {
    var standards = resolve(c, Facet.PUBLIC_SERVICE);
    for (SchoolLevel level : SchoolLevel.values()) {
      decided(c, "school places per 1,000 residents at " + level,
          () -> standards.schoolPlacesPerThousand(level));
    }
  }
}
