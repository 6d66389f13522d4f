package org.cungaiju.reform.core.registry;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.registry.LoadFailure.Kind;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * Reads and checks every candidate once: metadata, facets, overlaps inside a plugin, duplicate
 * ids and overlaps between plugins of one county. Collects every problem rather than stopping
 * at the first.
 */
final class PluginLoader {

  /** One plugin as read: what could be read of it, and whether it failed. */
  static final class Loaded {
    final Candidate candidate;
    String id;
    String displayName = "";
    String countyCode = "";
    County county;
    String spiVersion = "";
    boolean failed;
    final List<List<PolicyFacet>> versions = new ArrayList<>();

    Loaded(Candidate candidate) {
      this.candidate = candidate;
      Facet.all().forEach(f -> versions.add(new ArrayList<>()));
    }

    /** Names the plugin: its id where known, else its provider class, and its location. */
    String name() {
      return id != null
          ? "plugin '" + id + "' (" + candidate.providerClass() + " in " + candidate.location() + ")"
          : "plugin provider " + candidate.providerClass() + " (in " + candidate.location() + ")";
    }

    String shortName() {
      return id != null ? id : candidate.providerClass();
    }
  }

  final List<Loaded> plugins = new ArrayList<>();
  final List<LoadFailure> failures = new ArrayList<>();
  final Map<County, List<String>> countyFailures = new EnumMap<>(County.class);

  void load(List<Candidate> candidates) {
    for (Candidate c : candidates) {
      Loaded p = new Loaded(c);
      plugins.add(p);
      if (c.error().isPresent()) {
        Throwable e = c.error().get();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        p.failed = true;
        failures.add(new LoadFailure(Kind.NOT_CONSTRUCTED, c.providerClass(), c.providerClass(),
            c.location(), Optional.empty(), p.name() + " could not be constructed: " + cause
                + "; accepted: a public class with a public no-argument constructor that "
                + "implements " + CountyPolicyProvider.class.getName()));
        continue;
      }
      readMetadata(p);
      readFacets(p);
    }
    checkDuplicateIds();
    checkOverlapsBetweenPlugins();
  }

  private void fail(Loaded p, Kind kind, String problem) {
    p.failed = true;
    String message = p.name() + ": " + problem;
    failures.add(new LoadFailure(kind, p.shortName(), p.candidate.providerClass(),
        p.candidate.location(), Optional.ofNullable(p.county), message));
    if (p.county != null) {
      countyFailures.computeIfAbsent(p.county, k -> new ArrayList<>()).add(message);
    }
  }

  private void readMetadata(Loaded p) {
    CountyPolicyProvider provider = p.candidate.provider().orElseThrow();
    String problem = null;
    try {
      String id = provider.id();
      if (id == null || !Checks.ID.matcher(id).matches()) {
        problem = "id '" + id + "' is not a valid plugin id; accepted: " + Checks.ID_ACCEPTED;
      } else {
        p.id = id;
      }
    } catch (RuntimeException | LinkageError e) {
      problem = "id() threw " + e;
    }
    readCounty(p, provider);
    if (problem != null) {
      fail(p, Kind.INVALID_METADATA, problem);
    }
    try {
      SpiVersion v = provider.spiVersion();
      if (v == null) {
        fail(p, Kind.INVALID_METADATA, "spiVersion() returned null; accepted: SpiVersion.of(1, 0)");
      } else {
        p.spiVersion = v.toString();
        if (v.major() != PolicyRegistry.SUPPORTED_SPI_MAJOR) {
          fail(p, Kind.UNSUPPORTED_SPI_VERSION, "was built against SPI " + v
              + ", which this core does not support; accepted: SPI "
              + PolicyRegistry.SUPPORTED_SPI_MAJOR + ".x (this core implements "
              + SpiVersion.CURRENT + ")");
        }
      }
    } catch (RuntimeException | LinkageError e) {
      fail(p, Kind.INVALID_METADATA, "spiVersion() threw " + e);
    }
    try {
      String name = provider.displayName();
      if (name == null || name.isBlank()) {
        fail(p, Kind.INVALID_METADATA, "displayName() is blank; accepted: a name for people");
      } else {
        p.displayName = name;
      }
    } catch (RuntimeException | LinkageError e) {
      fail(p, Kind.INVALID_METADATA, "displayName() threw " + e);
    }
  }

  private void readCounty(Loaded p, CountyPolicyProvider provider) {
    String accepted = "; accepted: one of Jiangmen's seven counties: 440703 蓬江区, 440704 江海区, "
        + "440705 新会区, 440781 台山市, 440783 开平市, 440784 鹤山市, 440785 恩平市";
    try {
      String code = provider.countyCode();
      p.countyCode = code == null ? "" : code;
      County county;
      try {
        county = County.of(p.countyCode);
      } catch (InvalidInputException e) {
        fail(p, Kind.UNKNOWN_COUNTY, "county code '" + code + "' is not in Jiangmen" + accepted);
        return;
      }
      if (county == County.CITY && !p.candidate.municipalDefault()) {
        fail(p, Kind.UNKNOWN_COUNTY, "county code 440700 is the city itself, which the "
            + "municipal default policy serves" + accepted);
        return;
      }
      if (county != County.CITY && p.candidate.municipalDefault()) {
        p.county = County.CITY;
        fail(p, Kind.INVALID_METADATA, "is given as the municipal default but serves "
            + code + "; accepted: 440700");
        return;
      }
      p.county = county;
    } catch (RuntimeException | LinkageError e) {
      fail(p, Kind.INVALID_METADATA, "countyCode() threw " + e);
    }
  }

  private void readFacets(Loaded p) {
    CountyPolicyProvider provider = p.candidate.provider().orElseThrow();
    for (Facet<?> facet : Facet.all()) {
      List<PolicyFacet> out = p.versions.get(facet.index());
      List<? extends PolicyFacet> offered;
      try {
        offered = facet.versionsIn(provider);
      } catch (RuntimeException | LinkageError e) {
        fail(p, Kind.FACET_FAILED, "facet " + facet.id() + " threw while loading: " + e);
        continue;
      }
      for (int i = 0; i < offered.size(); i++) {
        PolicyFacet f = offered.get(i);
        String at = "facet " + facet.id() + " version [" + i + "]";
        FacetVersion v;
        try {
          v = f == null ? null : f.version();
        } catch (RuntimeException | LinkageError e) {
          fail(p, Kind.FACET_FAILED, at + " threw while loading: " + e);
          continue;
        }
        if (v == null) {
          fail(p, Kind.FACET_FAILED, at + " is null or has no version; accepted: a facet "
              + "object whose version() describes it");
        } else if (!facet.type().isInstance(f)) {
          fail(p, Kind.FACET_FAILED, at + " is not a " + facet.type().getSimpleName());
        } else if (p.id != null && !v.policyId().equals(p.id)) {
          fail(p, Kind.FACET_FAILED, "facet " + facet.id() + " version " + v.id()
              + " names policy '" + v.policyId() + "'; accepted: the plugin's own id '"
              + p.id + "'");
        } else {
          out.add(f);
        }
      }
      out.sort(Comparator.comparing(f -> f.version().validity().from()));
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < out.size(); i++) {
        FacetVersion v = out.get(i).version();
        if (!ids.add(v.id())) {
          fail(p, Kind.OVERLAPPING_VERSIONS, "facet " + facet.id() + " has two versions with "
              + "the id " + v.id() + "; accepted: a distinct id per version");
        }
        if (i > 0 && out.get(i - 1).version().validity().overlaps(v.validity())) {
          FacetVersion before = out.get(i - 1).version();
          fail(p, Kind.OVERLAPPING_VERSIONS, "facet " + facet.id() + " versions "
              + before.id() + " " + before.validity() + " and " + v.id() + " "
              + v.validity() + " overlap; accepted: versions whose validity windows do not "
              + "overlap (the end of one is the start of the next or earlier)");
        }
      }
    }
  }

  private void checkDuplicateIds() {
    Map<String, List<Loaded>> byId = new LinkedHashMap<>();
    for (Loaded p : plugins) {
      if (p.id != null) {
        byId.computeIfAbsent(p.id, k -> new ArrayList<>()).add(p);
      }
    }
    byId.forEach((id, same) -> {
      if (same.size() > 1) {
        String all = same.stream().map(Loaded::name).reduce((a, b) -> a + " and " + b)
            .orElseThrow();
        boolean takesTheDefaultsId = same.stream().anyMatch(p -> p.candidate.municipalDefault());
        for (Loaded p : same) {
          if (takesTheDefaultsId && p.candidate.municipalDefault()) {
            continue; // the built-in default keeps serving; only the impostor fails
          }
          fail(p, Kind.DUPLICATE_ID, "the id '" + id + "' is used by " + same.size()
              + " plugins: " + all + "; accepted: one plugin per id (remove the extra jar)");
        }
      }
    });
  }

  private void checkOverlapsBetweenPlugins() {
    for (County county : County.values()) {
      List<Loaded> ofCounty = plugins.stream().filter(p -> p.county == county).toList();
      if (ofCounty.size() < 2) {
        continue;
      }
      for (Facet<?> facet : Facet.all()) {
        for (int a = 0; a < ofCounty.size(); a++) {
          for (int b = a + 1; b < ofCounty.size(); b++) {
            overlap(facet, ofCounty.get(a), ofCounty.get(b));
          }
        }
      }
    }
  }

  private void overlap(Facet<?> facet, Loaded a, Loaded b) {
    for (PolicyFacet fa : a.versions.get(facet.index())) {
      for (PolicyFacet fb : b.versions.get(facet.index())) {
        FacetVersion va = fa.version();
        FacetVersion vb = fb.version();
        if (va.validity().overlaps(vb.validity())) {
          String problem = "facet " + facet.id() + " for county " + a.county.code() + " "
              + a.county.chineseName() + ": version " + va.id() + " " + va.validity()
              + " of " + a.name() + " overlaps version " + vb.id() + " " + vb.validity()
              + " of " + b.name() + "; accepted: one plugin per county and facet at any date";
          fail(a, Kind.OVERLAPPING_PLUGINS, problem);
          fail(b, Kind.OVERLAPPING_PLUGINS, problem);
          return;
        }
      }
    }
  }

  ImmutableList<PluginDescription> describe() {
    List<PluginDescription> out = new ArrayList<>();
    for (Loaded p : plugins) {
      List<VersionDescription> versions = new ArrayList<>();
      for (Facet<?> facet : Facet.all()) {
        for (PolicyFacet f : p.versions.get(facet.index())) {
          FacetVersion v = f.version();
          versions.add(new VersionDescription(facet.id(), v.id(), v.validity(), v.source()));
        }
      }
      out.add(new PluginDescription(p.id == null ? p.candidate.providerClass() : p.id,
          p.displayName, p.candidate.providerClass(), p.candidate.location(), p.countyCode,
          Optional.ofNullable(p.county), p.spiVersion, p.candidate.municipalDefault(), p.failed,
          ImmutableList.copyOf(versions)));
    }
    return ImmutableList.copyOf(out);
  }
}
