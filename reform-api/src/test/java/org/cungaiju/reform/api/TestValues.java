package org.cungaiju.reform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.function.Executable;

/**
 * Values and generators the api's tests share, with check characters computed independently of
 * the code under test: the weights are derived as powers (2<sup>k</sup> mod 11 for GB 11643 and
 * GB 11714, 3<sup>k</sup> mod 31 for GB 32100) rather than copied from the standards' tables.
 */
public final class TestValues {

  /** The GB 32100 alphabet, written out from the standard (no I, O, S, V, Z). */
  public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private TestValues() {}

  /** ISO 7064 MOD 11-2 over 17 digits: the character c with Σ a·2^k + c ≡ 1 (mod 11). */
  public static char residentCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * pow(2, 17 - i, 11);
    }
    int c = Math.floorMod(1 - sum, 11);
    return c == 10 ? 'X' : (char) ('0' + c);
  }

  /** The GB 11714 check over an 8-character body: Σ v·2^k + c ≡ 0 (mod 11), 10 → X. */
  public static char organizationCheck(String body8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body8.charAt(i), 36) * pow(2, 8 - i, 11);
    }
    int c = Math.floorMod(-sum, 11);
    return c == 10 ? 'X' : (char) ('0' + c);
  }

  /** The GB 32100 check over 17 characters: Σ v·3^k + c ≡ 0 (mod 31). */
  public static char creditCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * pow(3, i, 31);
    }
    return CREDIT_ALPHABET.charAt(Math.floorMod(-sum, 31));
  }

  private static int pow(int base, int exponent, int modulus) {
    int r = 1;
    for (int i = 0; i < exponent; i++) {
      r = r * base % modulus;
    }
    return r;
  }

  /** A resident id with the given parts and the right check character. */
  public static String residentId(String addressCode, LocalDate birth, int sequence) {
    String first17 = addressCode + birth.format(BASIC) + String.format("%03d", sequence);
    return first17 + residentCheck(first17);
  }

  /** A credit code with the given first eight characters and organization body. */
  public static String creditCode(String first8, String organizationBody) {
    String first17 = first8 + organizationBody + organizationCheck(organizationBody);
    return first17 + creditCheck(first17);
  }

  /** Dates from 1900 to 2024. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2024, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Two-digit province codes of GB/T 2260. */
  public static Arbitrary<String> provinces() {
    return Arbitraries.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
        "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
        "62", "63", "64", "65", "71", "81", "82");
  }

  /** Six-digit codes starting with a province. */
  public static Arbitrary<String> addressCodes() {
    return Combinators.combine(provinces(), Arbitraries.strings().numeric().ofLength(4))
        .as(String::concat);
  }

  /** Valid resident ids born from 1900 to 2024, as text. */
  public static Arbitrary<String> residentIds() {
    return Combinators.combine(addressCodes(), dates(), Arbitraries.integers().between(0, 999))
        .as(TestValues::residentId);
  }

  /** Valid credit codes, as text. */
  public static Arbitrary<String> creditCodes() {
    Arbitrary<Character> any = Arbitraries.of(CREDIT_ALPHABET.chars()
        .mapToObj(c -> (char) c).toArray(Character[]::new));
    Arbitrary<String> head = Combinators.combine(any, any, addressCodes())
        .as((a, b, code) -> "" + a + b + code);
    Arbitrary<String> body = any.list().ofSize(8)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    return Combinators.combine(head, body).as(TestValues::creditCode);
  }

  /**
   * Asserts that {@code parse} refuses {@code valid} with each character changed to each of
   * {@code replacements}, naming {@code path}; a replacement that is the same character, or its
   * lower-case spelling, leaves the same value and is skipped.
   */
  public static void assertEverySingleChangeRefused(
      String valid, String replacements, Consumer<String> parse, String path) {
    for (int position = 0; position < valid.length(); position++) {
      for (char replacement : replacements.toCharArray()) {
        if (Character.toUpperCase(replacement) == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(refused(() -> parse.accept(changed)).violations())
            .as("%s changed at %d to '%s'", valid, position, replacement)
            .extracting(Violation::path)
            .containsExactly(path);
      }
    }
  }

  /** Runs {@code code} and returns the {@link InvalidInputException} it must throw. */
  public static InvalidInputException refused(Executable code) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, code);
  }
}
