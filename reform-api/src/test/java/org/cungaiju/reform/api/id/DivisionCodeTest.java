package org.cungaiju.reform.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.id.DivisionCode.Committee;
import org.cungaiju.reform.api.id.DivisionCode.Level;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Provide
  Arbitrary<String> validCodes() {
    return Combinators.combine(TestValues.addressCodes(), Arbitraries.of(0, 3, 6),
            Arbitraries.strings().numeric().ofLength(6))
        .as((six, more, tail) -> six + tail.substring(0, more));
  }

  @Test
  void takesSixNineAndTwelveDigits() {
    assertThat(DivisionCode.parse("440705").level()).isEqualTo(Level.COUNTY);
    assertThat(DivisionCode.parse("440705001").level()).isEqualTo(Level.TOWN);
    assertThat(DivisionCode.parse("440705001201").level()).isEqualTo(Level.COMMUNITY);
  }

  @Property
  void normalisationIsIdempotent(@ForAll("validCodes") String text) {
    DivisionCode code = new DivisionCode(text);
    assertThat(new DivisionCode(code.value())).isEqualTo(code);
    assertThat(code.toString()).isEqualTo(text);
  }

  @Property
  void liesInItsOwnCounty(@ForAll("validCodes") String text) {
    DivisionCode code = new DivisionCode(text);
    assertThat(code.county().value()).isEqualTo(text.substring(0, 6));
    assertThat(code.isWithin(code.county())).isTrue();
    assertThat(code.county().level()).isEqualTo(Level.COUNTY);
  }

  @Test
  void refusesOtherLengthsAndNonDigits() {
    for (String text : new String[] {"", "44070", "4407051", "44070500", "4407050010",
        "4407050012011", "44070a", "440705 01"}) {
      Violation v = refused(() -> new DivisionCode(text)).violations().get(0);
      assertThat(v.path()).isEqualTo("divisionCode");
      assertThat(v.problem()).as(text).contains("6, 9 or 12 digits");
      assertThat(v.accepted()).contains("6 digits").contains("9 digits").contains("12 digits");
    }
  }

  @Test
  void refusesACodeThatNamesNoProvince() {
    for (String text : new String[] {"000000", "100705", "990705001", "470705001001"}) {
      Violation v = refused(() -> new DivisionCode(text)).violations().get(0);
      assertThat(v.problem()).as(text).contains("province");
      assertThat(v.accepted()).contains("11-15");
    }
  }

  @Property
  void readsTheCommitteeFromDigitsTenToTwelve(@ForAll @IntRange(min = 0, max = 999) int n) {
    Optional<Committee> committee =
        new DivisionCode("440705001" + String.format("%03d", n)).committee();
    if (n >= 1 && n <= 199) {
      assertThat(committee).contains(Committee.RESIDENTS);
    } else if (n >= 200 && n <= 399) {
      assertThat(committee).contains(Committee.VILLAGERS);
    } else {
      assertThat(committee).isEmpty();
    }
  }

  @Test
  void readsTheCommitteeAtTheEdgesOfTheRanges() {
    assertThat(DivisionCode.parse("440705001000").committee()).isEmpty();
    assertThat(DivisionCode.parse("440705001001").committee()).contains(Committee.RESIDENTS);
    assertThat(DivisionCode.parse("440705001199").committee()).contains(Committee.RESIDENTS);
    assertThat(DivisionCode.parse("440705001200").committee()).contains(Committee.VILLAGERS);
    assertThat(DivisionCode.parse("440705001399").committee()).contains(Committee.VILLAGERS);
    assertThat(DivisionCode.parse("440705001400").committee()).isEmpty();
    assertThat(DivisionCode.parse("440705001").committee()).isEmpty();
    assertThat(DivisionCode.parse("440705").committee()).isEmpty();
  }

  @Test
  void tellsWhetherOneCodeLiesInAnother() {
    DivisionCode village = DivisionCode.parse("440705101201");
    assertThat(village.isWithin(DivisionCode.parse("440705"))).isTrue();
    assertThat(village.isWithin(DivisionCode.parse("440705101"))).isTrue();
    assertThat(village.isWithin(DivisionCode.parse("440703"))).isFalse();
    assertThat(DivisionCode.parse("440705").isWithin(village)).isFalse();
  }
}
