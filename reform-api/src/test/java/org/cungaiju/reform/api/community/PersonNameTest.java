package org.cungaiju.reform.api.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void keepsACompoundSurnameWhole() {
    assertThat(PersonName.of("司徒美玲").masked()).isEqualTo("司徒**");
    assertThat(PersonName.of("欧阳修").masked()).isEqualTo("欧阳*");
    assertThat(PersonName.of("欧阳修").surname()).isEqualTo("欧阳");
    assertThat(PersonName.of("司徒美玲").surname()).isEqualTo("司徒");
  }

  @Test
  void showsOnlyTheFirstCharacterOfOtherNames() {
    assertThat(PersonName.of("陈大文").masked()).isEqualTo("陈**");
    assertThat(PersonName.of("梁好").masked()).isEqualTo("梁*");
    assertThat(PersonName.of("梁好").toString()).isEqualTo("梁*");
    // two characters that happen to spell a compound surname are a surname and a given name
    assertThat(PersonName.of("欧阳").masked()).isEqualTo("欧*");
    assertThat(PersonName.of("王").masked()).isEqualTo("王");
  }

  @Test
  void countsCharactersOutsideTheBasicPlaneOnce() {
    assertThat(PersonName.of("𠀀明").masked()).isEqualTo("𠀀*");
    assertThat(PersonName.of("𠀀明").surname()).isEqualTo("𠀀");
    assertThat(PersonName.of("陈𠮷𠮷").masked()).isEqualTo("陈**");
  }

  @Provide
  Arbitrary<String> surnames() {
    return Arbitraries.of("陈", "李", "黄", "梁", "司", "欧", "司徒", "欧阳", "上官", "诸葛");
  }

  @Provide
  Arbitrary<String> givenNames() {
    // the pool includes the characters of the surnames, so a given name can repeat one
    return Arbitraries.of("陈", "司", "徒", "欧", "阳", "明", "华", "美", "玲", "𠮷")
        .list().ofMinSize(1).ofMaxSize(3).map(cs -> String.join("", cs));
  }

  @Property
  void neverShowsTheGivenName(@ForAll("surnames") String surname,
      @ForAll("givenNames") String given) {
    PersonName name = PersonName.of(surname + given);
    String expectedSurname = surname.length() == 2 || (surname.length() == 1 && given.length() >= 2
        && PersonName.COMPOUND_SURNAMES.contains(surname + given.charAt(0)))
        ? (surname + given).substring(0, 2) : surname;
    assertThat(name.surname()).isEqualTo(expectedSurname);
    int stars = (surname + given).codePointCount(0, (surname + given).length())
        - expectedSurname.length();
    assertThat(name.masked()).isEqualTo(expectedSurname + "*".repeat(stars));
    assertThat(name.toString()).isEqualTo(name.masked());
  }

  @Property
  void normalisationIsIdempotent(@ForAll("surnames") String surname,
      @ForAll("givenNames") String given) {
    PersonName name = PersonName.of(surname + given);
    assertThat(new PersonName(name.value())).isEqualTo(name);
  }

  @Test
  void refusesBadNamesWithoutShowingThem() {
    for (String bad : List.of("陈大文\n", "陈大文" + "文".repeat(48), "陈\u0000文")) {
      InvalidInputException e = refused(() -> PersonName.of(bad));
      assertThat(e.violations().get(0).path()).isEqualTo("name");
      assertThat(e.getMessage()).doesNotContain("大").doesNotContain("文").contains("陈*");
    }
    assertThat(refused(() -> PersonName.of(" ")).violations().get(0).accepted())
        .isEqualTo("non-blank text");
    assertThat(refused(() -> PersonName.of("陈大文" + "文".repeat(48))).violations().get(0)
        .accepted()).isEqualTo("at most 50 characters");
  }

  @Test
  void knowsTheCompoundSurnamesCommonInJiangmen() {
    assertThat(PersonName.COMPOUND_SURNAMES).contains("司徒", "欧阳", "上官", "司马");
  }
}
