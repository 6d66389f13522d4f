package org.cungaiju.reform.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/** PublicServices and SchoolPlaces. */
class PublicServicesTest {

  @Test
  void aStageLeftOutIsUnknownNotZero() {
    PublicServices s = new PublicServices(ImmutableList.of(
        new SchoolPlaces(SchoolStage.PRIMARY, 300), new SchoolPlaces(SchoolStage.KINDERGARTEN, 0)));
    assertThat(s.placesAt(SchoolStage.PRIMARY)).contains(300);
    assertThat(s.placesAt(SchoolStage.KINDERGARTEN)).contains(0);
    assertThat(s.placesAt(SchoolStage.JUNIOR_MIDDLE)).isEmpty();
  }

  @Test
  void refusesNegativePlacesAndRepeatedStages() {
    assertThat(refused(() -> new SchoolPlaces(SchoolStage.PRIMARY, -1)).violations().get(0)
        .path()).isEqualTo("places");
    assertThat(refused(() -> new PublicServices(ImmutableList.of(
        new SchoolPlaces(SchoolStage.PRIMARY, 1), new SchoolPlaces(SchoolStage.PRIMARY, 2))))
        .violations().get(0).toString())
        .isEqualTo("schoolPlaces: is given twice (value 'PRIMARY'); accepted: each stage at most "
            + "once");
  }
}
