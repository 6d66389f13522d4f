package org.cungaiju.reform.api.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * A resident identity number (公民身份号码) of GB 11643: six digits of address code, eight of
 * birth date, three of sequence, and a check character.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The check character is right: ISO 7064 MOD 11-2 with weights 7 9 10 5 8 4 2 1 6 3 7 9 10
 *       5 8 4 2, the weighted sum's remainder 0..10 giving {@code 1 0 X 9 8 7 6 5 4 3 2}. Any
 *       single changed character is detected.
 *   <li>The birth date is a real date, not after the date given to {@link #parse(String,
 *       LocalDate)} (today in China for {@link #parse(String)}), and not before 1850.
 *   <li>The address code is six digits whose first two name a province. Historical codes are
 *       normal and accepted: people born in 新会 before 2002 carry 440721 or 440782.
 *   <li>A lowercase {@code x} is normalised to {@code X}; normalisation is idempotent.
 * </ul>
 *
 * <h2>Personal data</h2>
 *
 * <p>{@link #toString()} masks the birth date and sequence: {@code 44070519900101001X} shows as
 * {@code 440705********001X}. Use {@link #value()} only where the full number is needed, and
 * never in logs or messages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the 18-character number, check character upper case
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ResidentId(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String ACCEPTED =
      "18 characters: a 6-digit address code, an 8-digit birth date, a 3-digit sequence and a "
          + "MOD 11-2 check character (a digit or X)";

  /**
   * Validates format, address code, that the birth date is real, and the check character. The
   * birth date is checked against no clock here, so that a value never depends on when it was
   * built; {@link #parse(String, LocalDate)} and {@link #parse(String)} also refuse a future
   * birth date.
   *
   * @throws InvalidInputException if any check fails; the message shows the number masked
   */
  public ResidentId {
    value = normalise(value);
    validate(value, LocalDate.MAX);
  }

  /**
   * Parses a resident id whose birth date must not be after today's date in China.
   *
   * @throws InvalidInputException if the id is malformed or its check character is wrong
   */
  public static ResidentId parse(String text) {
    return parse(text, LocalDate.now(CHINA));
  }

  /**
   * Parses a resident id whose birth date must not be after {@code latestBirthDate}, such as a
   * dossier's {@code asOf} date, so that the same input is always judged the same way.
   *
   * @throws InvalidInputException if the id is malformed, its check character is wrong or the
   *     birth date is after {@code latestBirthDate}
   */
  public static ResidentId parse(String text, LocalDate latestBirthDate) {
    String normalised = normalise(text);
    validate(normalised, latestBirthDate);
    return new ResidentId(normalised);
  }

  /** Whether {@code text} is a valid resident id with a birth date not after today in China. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /**
   * The check character for the first 17 characters of an id (17 digits).
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 digits
   */
  public static char checkCharacter(CharSequence first17) {
    boolean digits = first17.length() == 17;
    for (int i = 0; digits && i < 17; i++) {
      digits = isDigit(first17.charAt(i));
    }
    if (!digits) {
      throw new IllegalArgumentException("not 17 digits: " + first17.length() + " characters");
    }
    return checkOfDigits(first17);
  }

  /** The check character of the 17 digits {@code text} starts with. */
  private static char checkOfDigits(CharSequence text) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (text.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The six-digit address code where the number was first issued (not always the current one). */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The birth date the number encodes. */
  public LocalDate birthDate() {
    return LocalDate.of(number(value, 6, 10), number(value, 10, 12), number(value, 12, 14));
  }

  /** The sex the number encodes: the 17th digit is odd for male, even for female. */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The number with birth date and sequence masked, such as {@code 440705********001X}. */
  public String masked() {
    return mask(value);
  }

  /** The masked form, never the whole number. */
  @Override
  public String toString() {
    return masked();
  }

  /**
   * Masks anything that might be a resident id for messages: the first six and last four
   * characters of an 18-character text are kept, the rest starred; shorter texts are starred
   * but for their first two characters.
   */
  public static String mask(String text) {
    if (text.length() == 18) {
      return text.substring(0, 6) + "********" + text.substring(14);
    }
    if (text.length() <= 2) {
      return "*".repeat(text.length());
    }
    return text.substring(0, 2) + "*".repeat(text.length() - 2);
  }

  private static String normalise(String text) {
    return text.length() == 18 && text.charAt(17) == 'x' ? text.substring(0, 17) + 'X' : text;
  }

  // by hand, and the masked value made only for a message: a city's dossiers hold millions of
  // resident ids, each validated when read
  private static void validate(String v, LocalDate latestBirthDate) {
    if (v.length() != 18) {
      throw invalid(v, "is not 18 characters long", ACCEPTED);
    }
    boolean digits = true;
    for (int i = 0; i < 17; i++) {
      digits &= isDigit(v.charAt(i));
    }
    char last = v.charAt(17);
    if (!digits || (last != 'X' && !isDigit(last))) {
      throw invalid(v, "has a character that is not a digit (only the last may be X)", ACCEPTED);
    }
    if (!Provinces.isProvince(number(v, 0, 2))) {
      throw invalid(v, "does not start with a valid address code", Provinces.ACCEPTED);
    }
    LocalDate birth;
    try {
      birth = LocalDate.of(number(v, 6, 10), number(v, 10, 12), number(v, 12, 14));
    } catch (DateTimeException e) {
      throw invalid(v, "encodes a birth date that does not exist",
          "characters 7-14 a real date yyyyMMdd");
    }
    if (birth.isBefore(EARLIEST)) {
      throw invalid(v, "encodes a birth date before 1850", "a birth date from 1850 on");
    }
    if (birth.isAfter(latestBirthDate)) {
      throw invalid(v, "encodes a birth date after " + latestBirthDate,
          "a birth date on or before " + latestBirthDate);
    }
    if (last != checkOfDigits(v)) {
      throw invalid(v, "fails the GB 11643 check character (MOD 11-2)", ACCEPTED);
    }
  }

  private static InvalidInputException invalid(String v, String problem, String accepted) {
    return InvalidInputException.of("residentId", mask(v), problem, accepted);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number the digits of {@code text} from {@code from} to {@code to} write. */
  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }
}
