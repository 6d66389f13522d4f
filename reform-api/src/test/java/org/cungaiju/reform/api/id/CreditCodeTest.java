package org.cungaiju.reform.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.id.CreditCode.RegistrationDepartment;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

  /** The alphabet, the five letters it leaves out, and characters a code must never hold. */
  private static final String REPLACEMENTS =
      CreditCode.ALPHABET + "IOSVZ" + "abcxyz" + " -*０";

  @Provide
  Arbitrary<String> validCodes() {
    return TestValues.creditCodes();
  }

  @Test
  void acceptsThePublishedExample() {
    // GB 11714 over 77604965: 7·3 + 7·7 + 6·9 + 0·10 + 4·5 + 9·8 + 6·4 + 5·2 = 250,
    // 250 mod 11 = 8, 11 − 8 = 3: the ninth character of the organization code is 3.
    CreditCode code = CreditCode.parse("91350200776049653A");
    assertThat(code.department()).isEqualTo(RegistrationDepartment.MARKET_REGULATION);
    assertThat(code.type()).contains(RegistrationType.ENTERPRISE);
    assertThat(code.divisionCode()).isEqualTo(new DivisionCode("350200"));
    assertThat(code.organizationCode()).isEqualTo("776049653");
    assertThat(code.toString()).isEqualTo("91350200776049653A");
  }

  @Test
  void readsAVillageCollectiveOfPengjiang() {
    // Checked by hand.
    // GB 11714 over MF123456 (A = 10 … M = 22, F = 15):
    //   22·3 + 15·7 + 1·9 + 2·10 + 3·5 + 4·8 + 5·4 + 6·2 = 279; 279 mod 11 = 4; 11 − 4 = 7.
    // GB 32100 over N2440703MF1234567 (N = 22, M = 21, F = 15 in the 31-character alphabet):
    //   22·1 + 2·3 + 4·9 + 4·27 + 0·19 + 7·26 + 0·16 + 3·17 + 21·20 + 15·29 + 1·25 + 2·13
    //   + 3·8 + 4·24 + 5·10 + 6·30 + 7·28 = 1857; 1857 mod 31 = 28; 31 − 28 = 3.
    CreditCode code = CreditCode.parse("N2440703MF12345673");
    assertThat(code.department()).isEqualTo(RegistrationDepartment.AGRICULTURE);
    assertThat(code.type()).contains(RegistrationType.VILLAGE_COLLECTIVE);
    assertThat(code.type().orElseThrow().isRuralCollective()).isTrue();
    assertThat(code.type().orElseThrow().code()).isEqualTo("N2");
    assertThat(code.divisionCode()).isEqualTo(new DivisionCode("440703"));
    assertThat(County.of(code.divisionCode())).isEqualTo(County.PENGJIANG);
  }

  @Test
  void readsAGroupCollectiveOfXinhui() {
    // Worked by hand for this test.
    // GB 11714 over 12345678: 1·3 + 2·7 + 3·9 + 4·10 + 5·5 + 6·8 + 7·4 + 8·2 = 201;
    //   201 mod 11 = 3; 11 − 3 = 8, so the organization code is 123456788.
    // GB 32100 over N1440705123456788:
    //   22·1 + 1·3 + 4·9 + 4·27 + 0·19 + 7·26 + 0·16 + 5·17 + 1·20 + 2·29 + 3·25 + 4·13
    //   + 5·8 + 6·24 + 7·10 + 8·30 + 8·28 = 1359; 1359 mod 31 = 26; 31 − 26 = 5.
    CreditCode code = CreditCode.parse("N14407051234567885");
    assertThat(code.type()).contains(RegistrationType.GROUP_COLLECTIVE);
    assertThat(code.organizationCode()).isEqualTo("123456788");
    assertThat(County.of(code.divisionCode())).isEqualTo(County.XINHUI);
  }

  @Test
  void computesBothCheckCharacters() {
    assertThat(CreditCode.organizationCheckCharacter("MF123456")).isEqualTo('7');
    assertThat(CreditCode.organizationCheckCharacter("12345678")).isEqualTo('8');
    assertThat(CreditCode.checkCharacter("N2440703MF1234567")).isEqualTo('3');
    assertThat(CreditCode.checkCharacter("91350200776049653")).isEqualTo('A');
  }

  @Property
  void acceptsEveryCodeWithTheRightCheckCharacters(@ForAll("validCodes") String text) {
    CreditCode code = new CreditCode(text);
    assertThat(code.value()).isEqualTo(text);
    assertThat(code.divisionCode().value()).isEqualTo(text.substring(2, 8));
    assertThat(code.organizationCode()).isEqualTo(text.substring(8, 17));
  }

  @Property(tries = 200)
  void refusesEverySingleChangedCharacter(@ForAll("validCodes") String text) {
    TestValues.assertEverySingleChangeRefused(text, REPLACEMENTS, t -> new CreditCode(t), "creditCode");
  }

  @Property
  void normalisationIsIdempotent(@ForAll("validCodes") String text) {
    CreditCode code = new CreditCode(text.toLowerCase(Locale.ROOT));
    assertThat(code.value()).isEqualTo(text);
    assertThat(new CreditCode(code.value())).isEqualTo(code);
  }

  @Test
  void refusesEachBrokenRuleWithItsOwnProblem() {
    assertThat(problemOf("N2440703MF1234567")).contains("not 18 characters");
    assertThat(problemOf("N2440703MF1234567O")).contains("alphabet");
    assertThat(problemOf(TestValues.creditCode("N2990703", "MF123456")))
        .contains("division code");
    assertThat(problemOf("N2440703MF12345683")).contains("GB 11714");
    assertThat(problemOf("N2440703MF12345674")).contains("GB 32100");
  }

  @Test
  void saysWhatIsAccepted() {
    Violation v = refused(() -> CreditCode.parse("N2440703MF12345674")).violations().get(0);
    assertThat(v.path()).isEqualTo("creditCode");
    assertThat(v.value()).isEqualTo("N2440703MF12345674");
    assertThat(v.accepted()).contains("18 characters from " + CreditCode.ALPHABET);
  }

  @Test
  void readsUnknownDepartmentsAndTypes() {
    CreditCode code = CreditCode.parse(TestValues.creditCode("B7440705", "12345678"));
    assertThat(code.department()).isEqualTo(RegistrationDepartment.UNASSIGNED);
    assertThat(code.type()).isEqualTo(Optional.empty());
    assertThat(CreditCode.parse(TestValues.creditCode("N9440705", "12345678")).type())
        .contains(RegistrationType.OTHER_AGRICULTURAL);
    assertThat(RegistrationType.OTHER_AGRICULTURAL.isRuralCollective()).isFalse();
  }

  @Test
  void isValidAnswersWithoutThrowing() {
    assertThat(CreditCode.isValid("91350200776049653A")).isTrue();
    assertThat(CreditCode.isValid("91350200776049653B")).isFalse();
  }

  @Test
  void checkCharactersRefuseMalformedInput() {
    assertThatThrownBy(() -> CreditCode.checkCharacter("9135020077604965"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditCode.checkCharacter("9135020077604965I"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditCode.organizationCheckCharacter("7760496"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditCode.organizationCheckCharacter("7760496-"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String problemOf(String text) {
    return refused(() -> new CreditCode(text)).violations().get(0).problem();
  }
}
