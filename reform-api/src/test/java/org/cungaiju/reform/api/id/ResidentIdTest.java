package org.cungaiju.reform.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;
import static org.cungaiju.reform.api.TestValues.residentId;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Every digit, X in both cases, and characters an id must never hold. */
  private static final String REPLACEMENTS = "0123456789Xx A-/０١";

  @Provide
  Arbitrary<String> validIds() {
    return TestValues.residentIds();
  }

  @Test
  void acceptsTheStandardsOwnExample() {
    ResidentId id = ResidentId.parse("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.addressCode()).isEqualTo("110105");
  }

  @Test
  void computesTheStandardsCheckCharacter() {
    // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5
    // + 0·8 + 0·4 + 2·2 = 167; 167 mod 11 = 2, which maps to X.
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  @Test
  void masksItsToString() {
    assertThat(ResidentId.parse("11010519491231002X").toString()).isEqualTo("110105********002X");
    // 4·7 + 4·9 + 7·5 + 5·4 + 1·2 + 9·1 + 9·6 + 1·9 + 1·5 + 1·2 = 200; 200 mod 11 = 2 → X
    ResidentId xinhui = ResidentId.parse("44070519900101001X", AS_OF);
    assertThat(xinhui.toString()).isEqualTo("440705********001X").doesNotContain("19900101");
    assertThat(xinhui.masked()).isEqualTo("440705********001X");
  }

  @Test
  void refusesAWrongCheckCharacterWithoutShowingTheNumber() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("check character")
        .hasMessageContaining("110105********0021")
        .hasMessageNotContaining("19491231");
  }

  @Property
  void acceptsEveryIdWithTheRightCheckCharacter(@ForAll("validIds") String text) {
    ResidentId id = new ResidentId(text);
    assertThat(id.value()).isEqualTo(text);
    assertThat(ResidentId.checkCharacter(text.substring(0, 17))).isEqualTo(text.charAt(17));
  }

  @Property(tries = 200)
  void refusesEverySingleChangedCharacter(@ForAll("validIds") String text) {
    TestValues.assertEverySingleChangeRefused(text, REPLACEMENTS, t -> new ResidentId(t), "residentId");
  }

  @Property
  void normalisationIsIdempotent(@ForAll("validIds") String text) {
    ResidentId id = new ResidentId(text.toLowerCase(java.util.Locale.ROOT));
    assertThat(new ResidentId(id.value())).isEqualTo(id);
    assertThat(id.value()).isEqualTo(text);
  }

  @Test
  void normalisesALowerCaseX() {
    ResidentId id = ResidentId.parse("11010519491231002x", AS_OF);
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id).isEqualTo(ResidentId.parse("11010519491231002X", AS_OF));
  }

  @Property
  void readsBackBirthDateSexAndAddressCode(
      @ForAll("addressCodes") String address,
      @ForAll("dates") LocalDate birth,
      @ForAll @IntRange(min = 0, max = 999) int sequence) {
    ResidentId id = ResidentId.parse(residentId(address, birth, sequence), AS_OF);
    assertThat(id.addressCode()).isEqualTo(address);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
  }

  @Provide
  Arbitrary<String> addressCodes() {
    return TestValues.addressCodes();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return TestValues.dates();
  }

  @Test
  void readsTheSexFromTheSeventeenthDigit() {
    // 440782 1980-05-15, sequence 003 (odd: male): the weighted sum is 316, 316 mod 11 = 8 → 4
    assertThat(ResidentId.parse("440782198005150034", AS_OF).sex()).isEqualTo(Sex.MALE);
    assertThat(ResidentId.parse("11010519491231002X", AS_OF).sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void acceptsTheHistoricalAddressCodesOfXinhui() {
    // 440721 新会县 (before 1992) and 440782 新会市 (1992-2002); check characters by hand:
    // 440721 19650301 002: weighted sum 217, 217 mod 11 = 8 → 4
    // 440782 19800515 003: weighted sum 316, 316 mod 11 = 8 → 4
    assertThat(ResidentId.parse("440721196503010024", AS_OF).addressCode()).isEqualTo("440721");
    assertThat(ResidentId.parse("440782198005150034", AS_OF).addressCode()).isEqualTo("440782");
  }

  @Test
  void refusesBirthDatesThatDoNotExist() {
    for (String date : new String[] {"19900230", "19000229", "19901301", "19900100", "19900431"}) {
      String first17 = "440705" + date + "001";
      String text = first17 + TestValues.residentCheck(first17);
      Violation v = refused(() -> new ResidentId(text)).violations().get(0);
      assertThat(v.problem()).as(date).contains("does not exist");
      assertThat(v.value()).isEqualTo(ResidentId.mask(text)).doesNotContain(date);
      assertThat(v.accepted()).contains("real date");
    }
  }

  @Test
  void acceptsALeapDay() {
    assertThat(ResidentId.parse(residentId("440705", LocalDate.of(2000, 2, 29), 12), AS_OF)
        .birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void refusesABirthDateAfterTheGivenDate() {
    String born = residentId("440705", LocalDate.of(2025, 7, 1), 12);
    Violation v = refused(() -> ResidentId.parse(born, AS_OF)).violations().get(0);
    assertThat(v.problem()).contains("after 2025-06-30");
    assertThat(v.accepted()).contains("on or before 2025-06-30");
    assertThat(ResidentId.parse(born, LocalDate.of(2025, 7, 1)).birthDate())
        .isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void refusesABirthDateBefore1850() {
    String old = residentId("440705", LocalDate.of(1849, 12, 31), 12);
    assertThat(refused(() -> new ResidentId(old)).getMessage()).contains("before 1850");
    assertThat(new ResidentId(residentId("440705", LocalDate.of(1850, 1, 1), 12)).birthDate())
        .isEqualTo(LocalDate.of(1850, 1, 1));
  }

  @Test
  void refusesMalformedTextSayingWhatIsAccepted() {
    String[] malformed = {"", "4407051990010100", "44070519900101001X0", "44070519900101X01X",
        "4407051990010100１X"};
    for (String text : malformed) {
      Violation v = refused(() -> new ResidentId(text)).violations().get(0);
      assertThat(v.path()).isEqualTo("residentId");
      assertThat(v.accepted()).as(text).contains("18 characters");
    }
  }

  @Test
  void refusesAnAddressCodeThatNamesNoProvince() {
    String text = residentId("990705", LocalDate.of(1990, 1, 1), 1);
    Violation v = refused(() -> new ResidentId(text)).violations().get(0);
    assertThat(v.problem()).contains("address code");
    assertThat(v.accepted()).contains("province");
  }

  @Property(tries = 300)
  void neverShowsTheFullNumberInAMessage(@ForAll("validIds") String text,
      @ForAll @IntRange(min = 0, max = 17) int position) {
    char wrong = text.charAt(position) == '1' ? '2' : '1';
    String changed = text.substring(0, position) + wrong + text.substring(position + 1);
    InvalidInputException e = refused(() -> new ResidentId(changed));
    assertThat(e.getMessage())
        .doesNotContain(changed)
        .doesNotContain(changed.substring(6, 14))
        .contains(ResidentId.mask(changed));
  }

  @Test
  void masksTextOfAnyLength() {
    assertThat(ResidentId.mask("44070519900101001X")).isEqualTo("440705********001X");
    assertThat(ResidentId.mask("4407051990")).isEqualTo("44********");
    assertThat(ResidentId.mask("44")).isEqualTo("**");
    assertThat(ResidentId.mask("")).isEmpty();
  }

  @Test
  void isValidAnswersWithoutThrowing() {
    assertThat(ResidentId.isValid("11010519491231002X")).isTrue();
    assertThat(ResidentId.isValid("110105194912310021")).isFalse();
    assertThat(ResidentId.isValid("")).isFalse();
  }

  @Test
  void checkCharacterRefusesAnythingButSeventeenDigits() {
    assertThatThrownBy(() -> ResidentId.checkCharacter("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentId.checkCharacter("1101051949123100X"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
