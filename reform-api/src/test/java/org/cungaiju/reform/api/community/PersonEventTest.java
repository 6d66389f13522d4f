package org.cungaiju.reform.api.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonEventTest {

  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  @Test
  void ordersByDateThenType() {
    PersonEvent a = PersonEvent.of(PersonEventType.HUKOU_OUT, DAY);
    PersonEvent b = PersonEvent.of(PersonEventType.HUKOU_IN, DAY);
    PersonEvent c = PersonEvent.of(PersonEventType.HUKOU_IN, DAY.plusDays(1));
    assertThat(PersonEvent.CHRONOLOGICAL.compare(b, a)).isNegative();
    assertThat(PersonEvent.CHRONOLOGICAL.compare(a, c)).isNegative();
  }

  @Test
  void keepsReferenceAndNoteWithinTheirLimits() {
    PersonEvent e = new PersonEvent(PersonEventType.MEMBER_ELSEWHERE, DAY, Optional.of("org-9"),
        Optional.of("成员大会决议"));
    assertThat(new PersonEvent(e.type(), e.date(), e.reference(), e.note())).isEqualTo(e);
    assertThat(refused(() -> new PersonEvent(PersonEventType.STUDY, DAY, Optional.of(" "),
        Optional.empty())).violations().get(0).path()).isEqualTo("reference");
    assertThat(refused(() -> new PersonEvent(PersonEventType.STUDY, DAY, Optional.empty(),
        Optional.of("x".repeat(501)))).violations().get(0).accepted())
        .isEqualTo("at most 500 characters");
  }

  @Test
  void namesEveryTypeInChinese() {
    for (PersonEventType t : PersonEventType.values()) {
      assertThat(t.chineseName()).isNotBlank();
    }
  }
}
