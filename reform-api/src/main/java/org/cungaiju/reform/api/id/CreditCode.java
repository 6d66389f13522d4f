package org.cungaiju.reform.api.id;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.Arrays;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100: the 18-character registration
 * number of every legal person, rural collective economic organizations included.
 *
 * <p>Layout: character 1 the registration department, 2 the organization type, 3–8 the
 * administrative division code, 9–17 the organization code of GB 11714 (eight characters and
 * its own check character), 18 the check character.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every character is from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z).
 *   <li>The check character is right: weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28,
 *       check = 31 − (Σ mod 31), 31 → 0. Any single changed character is detected.
 *   <li>The organization code in characters 9–17 passes GB 11714's check: weights 3 7 9 10 5 8
 *       4 2, check = 11 − (Σ mod 11), 10 → X, 11 → 0.
 *   <li>Characters 3–8 are a division code whose first two digits name a province.
 *   <li>Lower-case letters are normalised to upper case; normalisation is idempotent.
 * </ul>
 *
 * <p>A code is the identity of an organization, not personal data. Immutable and thread-safe.
 *
 * @param value the 18-character code, upper case
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record CreditCode(String value) {

  /** The 31 characters a credit code is written in, in the order of their values 0..30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS =
      {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ACCEPTED = "18 characters from " + ALPHABET
      + ": department, type, 6-digit division code, 9-character organization code, check "
      + "character";

  /**
   * Validates alphabet, division code and both check characters.
   *
   * @throws InvalidInputException if any check fails
   */
  public CreditCode {
    value = value.toUpperCase(java.util.Locale.ROOT);
    checkInput(value.length() == 18, "creditCode", value, "is not 18 characters long", ACCEPTED);
    String v = value;
    checkInput(v.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0), "creditCode", v,
        "has a character outside the GB 32100 alphabet", ACCEPTED);
    checkInput(v.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')
            && Provinces.isProvince(v.substring(2, 4)), "creditCode", v,
        "does not carry a division code in characters 3-8", Provinces.ACCEPTED);
    checkInput(v.charAt(16) == organizationCheckCharacter(v.substring(8, 16)), "creditCode", v,
        "fails the GB 11714 organization-code check (character 17)",
        "characters 9-17 a valid organization code");
    checkInput(v.charAt(17) == checkCharacter(v.substring(0, 17)), "creditCode", v,
        "fails the GB 32100 check character (character 18)", ACCEPTED);
  }

  /**
   * Parses a credit code.
   *
   * @throws InvalidInputException if it is malformed or a check character is wrong
   */
  public static CreditCode parse(String text) {
    return new CreditCode(text);
  }

  /** Whether {@code text} is a valid credit code. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /**
   * The GB 32100 check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the alphabet
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("not 17 characters: " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("not in the alphabet: '" + first17.charAt(i) + "'");
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /**
   * The GB 11714 check character for the eight body characters of an organization code
   * (digits and upper-case letters, A = 10 … Z = 35).
   *
   * @throws IllegalArgumentException if {@code body8} is not 8 digits or upper-case letters
   */
  public static char organizationCheckCharacter(CharSequence body8) {
    if (body8.length() != 8) {
      throw new IllegalArgumentException("not 8 characters: " + body8.length());
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body8.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException("not a digit or upper-case letter: '" + c + "'");
      }
      sum += v * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** The registration department, from character 1. */
  public RegistrationDepartment department() {
    return RegistrationDepartment.of(value.charAt(0));
  }

  /**
   * The organization type, from characters 1 and 2, when the standard defines it; such as
   * {@link RegistrationType#VILLAGE_COLLECTIVE} for {@code N2}.
   */
  public Optional<RegistrationType> type() {
    return RegistrationType.of(value.charAt(0), value.charAt(1));
  }

  /** The six-digit division code of the registering authority, from characters 3–8. */
  public DivisionCode divisionCode() {
    return new DivisionCode(value.substring(2, 8));
  }

  /** The GB 11714 organization code, characters 9–17. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The registration department of GB 32100's first character (登记管理部门). */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum RegistrationDepartment {
    /** 1: 机构编制. */
    ESTABLISHMENT('1', "机构编制"),
    /** 2: 外交. */
    FOREIGN_AFFAIRS('2', "外交"),
    /** 3: 司法行政. */
    JUSTICE('3', "司法行政"),
    /** 4: 文化. */
    CULTURE('4', "文化"),
    /** 5: 民政. */
    CIVIL_AFFAIRS('5', "民政"),
    /** 6: 旅游. */
    TOURISM('6', "旅游"),
    /** 7: 宗教. */
    RELIGION('7', "宗教"),
    /** 8: 工会. */
    TRADE_UNION('8', "工会"),
    /** 9: 工商 (market regulation). */
    MARKET_REGULATION('9', "工商"),
    /** A: 中央军委改革和编制办公室. */
    MILITARY('A', "中央军委改革和编制办公室"),
    /** N: 农业 (agriculture, which registers rural collective economic organizations). */
    AGRICULTURE('N', "农业"),
    /** Y: 其他. */
    OTHER('Y', "其他"),
    /** A department character the standard does not assign. */
    UNASSIGNED('?', "未分配");

    private final char code;
    private final String chineseName;

    RegistrationDepartment(char code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    /** The department's character in a code. */
    public char code() {
      return code;
    }

    /** The department's Chinese name. */
    public String chineseName() {
      return chineseName;
    }

    static RegistrationDepartment of(char c) {
      return Arrays.stream(values()).filter(d -> d.code == c).findFirst().orElse(UNASSIGNED);
    }
  }

  /** The organization types of GB 32100's first two characters that reform needs to read. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum RegistrationType {
    /** 91: 企业 (an enterprise). */
    ENTERPRISE('9', '1', "企业"),
    /** 92: 个体工商户. */
    INDIVIDUAL_BUSINESS('9', '2', "个体工商户"),
    /** 93: 农民专业合作社. */
    FARMERS_COOPERATIVE('9', '3', "农民专业合作社"),
    /** N1: 组级集体经济组织 (经济合作社). */
    GROUP_COLLECTIVE('N', '1', "组级集体经济组织"),
    /** N2: 村级集体经济组织 (经济联合社). */
    VILLAGE_COLLECTIVE('N', '2', "村级集体经济组织"),
    /** N3: 乡镇级集体经济组织. */
    TOWN_COLLECTIVE('N', '3', "乡镇级集体经济组织"),
    /** N9: other agriculture-registered organizations. */
    OTHER_AGRICULTURAL('N', '9', "其他农业登记组织"),
    /** 51: 社会团体. */
    SOCIAL_ORGANIZATION('5', '1', "社会团体"),
    /** 11: 机关. */
    GOVERNMENT_ORGAN('1', '1', "机关"),
    /** 12: 事业单位. */
    PUBLIC_INSTITUTION('1', '2', "事业单位");

    private final char department;
    private final char type;
    private final String chineseName;

    RegistrationType(char department, char type, String chineseName) {
      this.department = department;
      this.type = type;
      this.chineseName = chineseName;
    }

    /** The two characters of the type, such as {@code "N2"}. */
    public String code() {
      return "" + department + type;
    }

    /** The type's Chinese name. */
    public String chineseName() {
      return chineseName;
    }

    /** Whether this is one of the three levels of rural collective economic organization. */
    public boolean isRuralCollective() {
      return this == GROUP_COLLECTIVE || this == VILLAGE_COLLECTIVE || this == TOWN_COLLECTIVE;
    }

    static Optional<RegistrationType> of(char department, char type) {
      return Arrays.stream(values())
          .filter(t -> t.department == department && t.type == type)
          .findFirst();
    }
  }
}
