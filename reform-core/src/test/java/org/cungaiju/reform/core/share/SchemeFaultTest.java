package org.cungaiju.reform.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.share.Villages.charter;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;
import org.junit.jupiter.api.Test;

/** A share scheme that fails for one member is reported with that member's JSON path. */
class SchemeFaultTest {

  /** A plugin for 新会区 whose scheme throws for person p2. */
  static final class BrokenScheme implements CountyPolicyProvider, ShareScheme {
    private final FacetVersion version = FacetVersion.of("broken-scheme",
        DateRange.startingAt(LocalDate.of(1950, 1, 1)),
        PolicySource.of("测试文件〔1950〕8号", "第一条", LocalDate.of(1950, 1, 1)));

    @Override
    public String id() {
      return "broken-scheme";
    }

    @Override
    public String countyCode() {
      return "440705";
    }

    @Override
    public SpiVersion spiVersion() {
      return SpiVersion.of(1, 0);
    }

    @Override
    public String displayName() {
      return "broken";
    }

    @Override
    public List<ShareScheme> shareSchemes() {
      return List.of(this);
    }

    @Override
    public FacetVersion version() {
      return version;
    }

    @Override
    public ImmutableList<ShareClass> classes() {
      return ImmutableList.of(Schemes.POPULATION);
    }

    @Override
    public Explained<ImmutableMap<String, Weight>> weightsOf(
        Person member, CollectiveOrganization organization, LocalDate baseDate) {
      if (member.id().equals("p2")) {
        throw new IllegalStateException("no weight for p2");
      }
      return Explained.of(ImmutableMap.of("population", Weight.ONE), version.explain(
          "test.weights", "", Map.of(), Map.of(), "1"));
    }
  }

  @Test
  void aFailingSchemeIsReportedWithThePersonsPath() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, null, null, null, null))
        .person("p1", "1960-01-01", "h1", "g1", List.of())
        .person("p2", "1962-01-01", "h1", "g1", List.of())
        .build();
    ShareEngine engine = new ShareEngine(
        PolicyRegistry.builder().register(new BrokenScheme()).build());
    assertThatThrownBy(() -> engine.sharesOf(dossier, "g1", LocalDate.of(2025, 12, 31)))
        .isInstanceOfSatisfying(PluginFaultException.class, e -> {
          assertThat(e.inputPath()).contains("$.persons[1]");
          assertThat(e.pluginId()).isEqualTo("broken-scheme");
        });
  }
}
