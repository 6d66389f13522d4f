package org.cungaiju.reform.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cungaiju.reform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class FacetTest {

  @Test
  void listsEveryFacetInIndexOrderAndParsesItsId() {
    for (int i = 0; i < Facet.all().size(); i++) {
      Facet<?> f = Facet.all().get(i);
      assertThat(f.index()).isEqualTo(i);
      assertThat(Facet.parse(f.id())).isSameAs(f);
    }
    assertThat(Facet.all()).hasSize(8);
  }

  @Test
  void readsAndWritesSpiVersions() {
    assertThat(SpiVersion.parse("1.12")).isEqualTo(SpiVersion.of(1, 12));
    assertThat(SpiVersion.of(1, 0).toString()).isEqualTo("1.0");
    assertThatThrownBy(() -> SpiVersion.parse("1")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SpiVersion.parse("0.9")).isInstanceOf(InvalidInputException.class);
  }
}
