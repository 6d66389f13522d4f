package org.cungaiju.reform.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

  @Test
  void acceptsTheStandardsOwnExample() {
    ResidentId id = ResidentId.parse("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.addressCode()).isEqualTo("110105");
  }

  @Test
  void masksItsToString() {
    assertThat(ResidentId.parse("11010519491231002X").toString()).isEqualTo("110105********002X");
  }

  @Test
  void refusesAWrongCheckCharacterWithoutShowingTheNumber() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("check character")
        .hasMessageContaining("110105********0021")
        .hasMessageNotContaining("19491231");
  }
}
