package org.cungaiju.reform.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

  @Test
  void refusesTheCityForItHasNoCommunitiesOfItsOwn() {
    assertThatThrownBy(() -> GeneratorOptions.builder().county(County.CITY).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("county")
        .hasMessageContaining("440700");
  }

  @Test
  void refusesADossierWithoutHouseholds() {
    assertThatThrownBy(() -> GeneratorOptions.builder().households(0).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("households");
  }

  @Test
  void refusesAVillagersCommitteesCode() {
    assertThatThrownBy(() -> GeneratorOptions.builder()
        .communityCode(DivisionCode.parse("440705001201")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("residents' committee");
  }

  @Test
  void refusesACommunityCodeOutsideTheCounty() {
    assertThatThrownBy(() -> GeneratorOptions.builder().county(County.XINHUI)
        .communityCode(DivisionCode.parse("440703001001")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("440705");
  }

  @Test
  void refusesADateOutsideTheModelledYears() {
    assertThatThrownBy(() -> GeneratorOptions.builder().asOf(LocalDate.of(1999, 12, 31)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void givesOneGridUnitPerTwelveHouseholdsUnlessTold() {
    assertThat(GeneratorOptions.builder().households(25).build().gridUnits()).isEqualTo(3);
    assertThat(GeneratorOptions.builder().households(24).build().gridUnits()).isEqualTo(2);
    assertThat(GeneratorOptions.builder().households(25).gridUnits(0).build().gridUnits())
        .isZero();
  }

  @Test
  void withSeedChangesTheSeedAlone() {
    GeneratorOptions sample = GeneratorOptions.xinhuiSample();
    GeneratorOptions other = sample.withSeed(7);
    assertThat(other.seed()).isEqualTo(7);
    assertThat(other.toBuilder().seed(sample.seed()).build()).isEqualTo(sample);
  }

  @Test
  void usesTheCommunityCodeItIsGiven() {
    DivisionCode code = DivisionCode.parse("440781003017");
    GeneratorOptions options = GeneratorOptions.builder().county(County.TAISHAN)
        .households(20).communityCode(code).build();
    assertThat(DossierGenerator.generate(options).community().divisionCode()).isEqualTo(code);
  }
}
