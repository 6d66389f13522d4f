package org.cungaiju.reform.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.core.fixtures.SmallDossiers.person;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.fixtures.SmallDossiers;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.junit.jupiter.api.Test;

/**
 * Worked examples from the municipal default's school places per 1,000 residents:
 * kindergarten 40, primary 80, junior middle 40.
 */
class PublicServiceChecksTest {

  private static final PublicServiceChecks DEFAULT =
      new PublicServiceChecks(PolicyRegistry.builder().build());

  private static Dossier community(int residents, SchoolPlaces... available) {
    Dossier.Builder b = SmallDossiers.builder(residents, person("p1", "1970-01-01", true));
    if (available.length > 0) {
      b.services(new PublicServices(ImmutableList.copyOf(available)));
    }
    return b.build();
  }

  @Test
  void placesNeededAreRoundedUpAndSetAgainstThoseAvailable() {
    // 3120 residents: kindergarten ⌈3120 × 40 ÷ 1000⌉ = ⌈124.8⌉ = 125, 100 available: short 25
    // primary ⌈3120 × 80 ÷ 1000⌉ = ⌈249.6⌉ = 250, 240 available: short 10
    // junior middle ⌈124.8⌉ = 125, availability not recorded
    ServicesReport r = DEFAULT.check(community(3120,
        new SchoolPlaces(SchoolStage.KINDERGARTEN, 100), new SchoolPlaces(SchoolStage.PRIMARY,
            240)));

    assertThat(r.residents()).isEqualTo(3120);
    assertThat(r.schoolPlaces()).extracting(SchoolPlaceNeed::stage)
        .containsExactly(SchoolStage.KINDERGARTEN, SchoolStage.PRIMARY, SchoolStage.JUNIOR_MIDDLE);
    assertThat(r.schoolPlaces()).extracting(SchoolPlaceNeed::needed).containsExactly(125L, 250L,
        125L);
    assertThat(r.schoolPlaces()).extracting(SchoolPlaceNeed::gap)
        .containsExactly(Optional.of(25L), Optional.of(10L), Optional.empty());
    SchoolPlaceNeed primary = r.at(SchoolStage.PRIMARY).orElseThrow();
    assertThat(primary.isShort()).isTrue();
    assertThat(primary.explanation().outcome())
        .isEqualTo("needed ⌈3120 × 80 ÷ 1000⌉ = ⌈249.6⌉ = 250 小学 places; short of 10");
    assertThat(primary.explanation().policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(primary.explanation().source().clause()).isEqualTo("三(二)4 推进城乡基本公共服务均等化");
    assertThat(ReformJson.write(r)).contains("\"needed\":250,\"available\":240,\"gap\":10");
  }

  @Test
  void anExactQuotientIsNotRoundedAndASurplusIsNegative() {
    // 2500 residents: 2500 × 80 ÷ 1000 = 200 primary places exactly; 230 available: 30 spare
    ServicesReport r = DEFAULT.check(community(2500, new SchoolPlaces(SchoolStage.PRIMARY, 230)));

    SchoolPlaceNeed primary = r.at(SchoolStage.PRIMARY).orElseThrow();
    assertThat(primary.needed()).isEqualTo(200);
    assertThat(primary.gap()).contains(-30L);
    assertThat(primary.isShort()).isFalse();
    assertThat(primary.explanation().outcome()).endsWith("; 30 to spare");
    assertThat(r.at(SchoolStage.KINDERGARTEN).orElseThrow().needed()).isEqualTo(100);
  }

  @Test
  void aCountysOwnFiguresDecide() {
    // 1 resident at 0.5 places per 1,000 still needs ⌈0.0005⌉ = 1 place
    PublicServiceChecks county = new PublicServiceChecks(PolicyRegistry.builder()
        .municipalDefault(MunicipalDefaultPolicy.withSchoolPlaces(
            Map.of(SchoolLevel.PRIMARY, Weight.parse("0.5"))))
        .build());

    ServicesReport r = county.check(community(1));

    assertThat(r.at(SchoolStage.PRIMARY).orElseThrow().needed()).isEqualTo(1);
    assertThat(r.at(SchoolStage.PRIMARY).orElseThrow().placesPerThousand())
        .isEqualTo(Weight.parse("0.5"));
    assertThat(county.check(community(0)).schoolPlaces()).extracting(SchoolPlaceNeed::needed)
        .containsOnly(0L);
  }

  @Test
  void everyStageHasALevelOfTheStandards() {
    assertThat(java.util.Arrays.stream(SchoolStage.values()).map(Enum::name))
        .containsExactlyElementsOf(java.util.Arrays.stream(SchoolLevel.values()).map(Enum::name)
            .toList());
  }
}
