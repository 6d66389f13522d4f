package org.cungaiju.reform.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.LoadFailure.Kind;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRegistryTest {

  private static final String XINHUI = "440705";
  private static final String TAISHAN = "440781";
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final String LOCATION = Candidate.locationOf(TestPlugin.class);

  private static DateRange window(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  private static DateRange from(String from) {
    return DateRange.startingAt(LocalDate.parse(from));
  }

  private static Rate reserveOf(PolicyRegistry r, County county, LocalDate date) {
    DividendRules rules = r.resolve(county, Facet.DIVIDEND, date);
    return rules.retention(orgless(), 2024).value().reserveFund();
  }

  private static org.cungaiju.reform.api.community.CollectiveOrganization orgless() {
    String body = "12345678";
    String first17 = "N2440705" + body
        + org.cungaiju.reform.api.id.CreditCode.organizationCheckCharacter(body);
    return new org.cungaiju.reform.api.community.CollectiveOrganization("o1", "示例经济联合社",
        org.cungaiju.reform.api.community.OrganizationLevel.VILLAGE, java.util.Optional.empty(),
        new org.cungaiju.reform.api.id.CreditCode(first17
            + org.cungaiju.reform.api.id.CreditCode.checkCharacter(first17)),
        true, false, org.cungaiju.reform.api.community.Charter.DEFAULT);
  }

  @Test
  void resolvesTheCountysVersionInForceAndFallsBackToTheMunicipalDefault() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("xinhui-test", XINHUI)
            .dividend(window("2020-01-01", "2023-01-01"), 15)
            .dividend(from("2023-01-01"), 20))
        .build();
    assertThat(reserveOf(r, County.XINHUI, LocalDate.of(2022, 12, 31)))
        .isEqualTo(Rate.ofPercent(15));
    assertThat(reserveOf(r, County.XINHUI, LocalDate.of(2023, 1, 1)))
        .isEqualTo(Rate.ofPercent(20));
    // before the plugin's first version, and in a county without a plugin: the default's 10%
    assertThat(reserveOf(r, County.XINHUI, LocalDate.of(2019, 12, 31)))
        .isEqualTo(Rate.ofPercent(10));
    assertThat(reserveOf(r, County.TAISHAN, JAN_2024)).isEqualTo(Rate.ofPercent(10));
    // a facet the plugin does not offer
    assertThat(r.resolve(County.XINHUI, Facet.GRID, JAN_2024).version().policyId())
        .isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(r.describe().hasFailures()).isFalse();
  }

  @Test
  void refusesADuplicatePluginIdNamingThePluginAndItsLocation() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("same", XINHUI))
        .register(TestPlugin.of("same", TAISHAN))
        .build();
    LoadFailure f = onlyFailureOf(r, Kind.DUPLICATE_ID);
    assertThat(f.message()).contains("plugin 'same'").contains(LOCATION)
        .contains("used by 2 plugins");
    assertThat(r.isServed(County.XINHUI)).isFalse();
    assertThat(r.isServed(County.TAISHAN)).isFalse();
    assertThatThrownBy(() -> r.resolve(County.XINHUI, Facet.DIVIDEND, JAN_2024))
        .isInstanceOf(PolicyConfigurationException.class).hasMessageContaining("plugin 'same'");
  }

  @Test
  void aPluginTakingTheMunicipalDefaultsIdFailsAloneAndTheDefaultKeepsServing() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of(MunicipalDefaultPolicy.ID, XINHUI))
        .build();
    LoadFailure f = onlyFailureOf(r, Kind.DUPLICATE_ID);
    assertThat(f.plugin()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(f.county()).contains(County.XINHUI);
    assertThat(r.describe().failedCounties()).containsOnlyKeys(County.XINHUI);
    assertThat(reserveOf(r, County.TAISHAN, JAN_2024)).isEqualTo(Rate.ofPercent(10));
  }

  @Test
  void refusesTwoPluginsForOneCountyAndFacetWithOverlappingValidity() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("first", XINHUI).dividend(from("2020-01-01"), 15))
        .register(TestPlugin.of("second", XINHUI).dividend(window("2024-01-01", "2025-01-01"), 20))
        .build();
    LoadFailure f = r.describe().failures().get(0);
    assertThat(f.kind()).isEqualTo(Kind.OVERLAPPING_PLUGINS);
    assertThat(f.message()).contains("plugin 'first'").contains("plugin 'second'")
        .contains("facet dividend").contains(LOCATION).contains("[2020-01-01, …)");
    assertThat(r.isServed(County.XINHUI)).isFalse();
  }

  @Test
  void acceptsTwoPluginsForOneCountyWhoseVersionsFollowEachOther() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("first", XINHUI).dividend(window("2020-01-01", "2024-01-01"), 15))
        .register(TestPlugin.of("second", XINHUI).dividend(from("2024-01-01"), 20))
        .build();
    assertThat(r.describe().failures()).isEmpty();
    assertThat(reserveOf(r, County.XINHUI, JAN_2024)).isEqualTo(Rate.ofPercent(20));
    assertThat(reserveOf(r, County.XINHUI, JAN_2024.minusDays(1))).isEqualTo(Rate.ofPercent(15));
  }

  @Test
  void refusesOverlappingVersionsInsideOnePlugin() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("overlapping", XINHUI)
            .dividend(window("2020-01-01", "2024-06-01"), 15)
            .dividend(from("2024-01-01"), 20))
        .build();
    LoadFailure f = onlyFailureOf(r, Kind.OVERLAPPING_VERSIONS);
    assertThat(f.message()).contains("plugin 'overlapping'").contains(LOCATION)
        .contains("2020-01-01").contains("2024-01-01").contains("overlap");
  }

  @Test
  void refusesAnUnsupportedSpiMajorVersion() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(new TestPlugin("future", XINHUI, SpiVersion.of(2, 0)))
        .build();
    LoadFailure f = onlyFailureOf(r, Kind.UNSUPPORTED_SPI_VERSION);
    assertThat(f.message()).contains("plugin 'future'").contains(LOCATION).contains("SPI 2.0")
        .contains("SPI 1.x");
  }

  @Test
  void refusesACountyCodeOutsideJiangmen() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("guangzhou", "440103"))
        .build();
    LoadFailure f = onlyFailureOf(r, Kind.UNKNOWN_COUNTY);
    assertThat(f.message()).contains("plugin 'guangzhou'").contains(LOCATION).contains("440103")
        .contains("440705 新会区");
    assertThat(f.county()).isEmpty();
    // no county of Jiangmen is affected
    assertThat(r.describe().failedCounties()).isEmpty();
  }

  @Test
  void refusesAPluginClaimingTheCitysOwnCode() {
    PolicyRegistry r = PolicyRegistry.builder().register(TestPlugin.of("city", "440700")).build();
    assertThat(onlyFailureOf(r, Kind.UNKNOWN_COUNTY).message()).contains("municipal default");
    assertThat(r.isServed(County.CITY)).isTrue();
  }

  @Test
  void reportsAFacetThatThrowsWhileLoading() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("throwing", XINHUI).landThrowing())
        .build();
    LoadFailure f = onlyFailureOf(r, Kind.FACET_FAILED);
    assertThat(f.message()).contains("plugin 'throwing'").contains(LOCATION)
        .contains("facet land threw").contains("the land table is missing");
  }

  @Test
  void marksOnlyTheBrokenPluginsCountyFailed() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("broken", XINHUI).landThrowing())
        .register(TestPlugin.of("taishan", TAISHAN).dividend(from("2020-01-01"), 25))
        .build();
    assertThatThrownBy(() -> r.resolve(County.XINHUI, Facet.DIVIDEND, JAN_2024))
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessageContaining("440705 新会区 is not served")
        .hasMessageContaining("plugin 'broken'");
    assertThat(reserveOf(r, County.TAISHAN, JAN_2024)).isEqualTo(Rate.ofPercent(25));
    assertThat(reserveOf(r, County.ENPING, JAN_2024)).isEqualTo(Rate.ofPercent(10));
    assertThat(r.describe().failedCounties()).containsOnlyKeys(County.XINHUI);
  }

  @Test
  void strictModeFailsOnAnyProblem() {
    PolicyRegistry.Builder b = PolicyRegistry.builder().strict()
        .register(TestPlugin.of("broken", XINHUI).landThrowing())
        .register(TestPlugin.of("fine", TAISHAN));
    assertThatThrownBy(b::build).isInstanceOf(PolicyConfigurationException.class)
        .hasMessageContaining("strict mode").hasMessageContaining("plugin 'broken'")
        .hasMessageContaining(LOCATION);
  }

  @Test
  void failsInEveryModeWhenAProviderCannotBeConstructedNamingItsClassAndJar(@TempDir Path dir)
      throws IOException {
    Path jar = TestJars.build(dir.resolve("broken-plugin.jar"),
        Map.of("jarplugin.Unbuildable", TestJars.provider("jarplugin.Unbuildable", "unbuildable",
            XINHUI, "throw new IllegalStateException(\"no configuration file\");")),
        List.of("jarplugin.Unbuildable"));
    for (boolean strict : new boolean[] {false, true}) {
      PolicyRegistry.Builder b = PolicyRegistry.builder().strict(strict).discoverIn(dir);
      assertThatThrownBy(b::build).isInstanceOf(PolicyConfigurationException.class)
          .hasMessageContaining("jarplugin.Unbuildable")
          .hasMessageContaining(jar.toString())
          .hasMessageContaining("no configuration file");
    }
  }

  @Test
  void namesBothJarsOfADuplicateId(@TempDir Path dir) throws IOException {
    Path a = TestJars.build(dir.resolve("a.jar"),
        Map.of("pa.Dup", TestJars.provider("pa.Dup", "dup", XINHUI, "")), List.of("pa.Dup"));
    Path b = TestJars.build(dir.resolve("b.jar"),
        Map.of("pb.Dup", TestJars.provider("pb.Dup", "dup", XINHUI, "")), List.of("pb.Dup"));
    PolicyRegistry r = PolicyRegistry.builder().discoverIn(dir).build();
    assertThat(r.describe().failures()).hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("plugin 'dup'")
            .contains(a.toString()).contains(b.toString()));
    assertThat(r.describe().plugins()).extracting(PluginDescription::location)
        .contains(a.toString(), b.toString());
  }

  @Test
  void describesEveryPluginWithItsLocationCountyFacetsAndWindows() {
    PolicyRegistry r = PolicyRegistry.builder()
        .register(TestPlugin.of("described", XINHUI).dividend(from("2023-01-01"), 20))
        .build();
    List<PluginDescription> plugins = r.describe().plugins();
    assertThat(plugins).hasSize(2);
    PluginDescription city = plugins.get(0);
    assertThat(city.municipalDefault()).isTrue();
    assertThat(city.versions()).extracting(VersionDescription::facet)
        .containsAll(Facet.all().stream().map(Facet::id).toList());
    PluginDescription p = plugins.get(1);
    assertThat(p.id()).isEqualTo("described");
    assertThat(p.county()).contains(County.XINHUI);
    assertThat(p.location()).isEqualTo(LOCATION);
    assertThat(p.spiVersion()).isEqualTo("1.0");
    assertThat(p.versions()).singleElement().satisfies(v -> {
      assertThat(v.facet()).isEqualTo("dividend");
      assertThat(v.validity()).isEqualTo(from("2023-01-01"));
      assertThat(v.source()).isEqualTo(TestPlugin.SOURCE);
    });
  }

  @Test
  void discoversNothingButTheDefaultOnAClassPathWithoutPlugins() {
    RegistryDescription d = PolicyRegistry.load().describe();
    assertThat(d.plugins()).extracting(PluginDescription::id)
        .containsExactly(MunicipalDefaultPolicy.ID);
    assertThat(d.failures()).isEmpty();
  }

  private static LoadFailure onlyFailureOf(PolicyRegistry r, Kind kind) {
    assertThat(r.describe().failures()).extracting(LoadFailure::kind).containsOnly(kind);
    return r.describe().failures().get(0);
  }
}
