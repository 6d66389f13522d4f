package org.cungaiju.reform.api.id;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * An administrative division code: the six digits of GB/T 2260 (province, prefecture, county),
 * or the 9- and 12-digit statistical codes built on them for towns and streets (乡镇、街道) and
 * for communities and villages (社区、村).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>6, 9 or 12 digits, the first two naming a province.
 *   <li>For a 12-digit code, digits 10–12 tell the committee: 001–199 a residents' committee
 *       (居民委员会), 200–399 a villagers' committee (村民委员会); see {@link #committee()}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the code's digits
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record DivisionCode(String value) {

  private static final String ACCEPTED =
      "6 digits (GB/T 2260), 9 digits (town or street) or 12 digits (community or village), "
          + "starting with a province code";

  /**
   * Validates length, digits and province.
   *
   * @throws InvalidInputException if the code is malformed
   */
  public DivisionCode {
    int n = value.length();
    checkInput((n == 6 || n == 9 || n == 12) && value.chars().allMatch(c -> c >= '0' && c <= '9'),
        "divisionCode", value, "is not 6, 9 or 12 digits", ACCEPTED);
    checkInput(Provinces.isProvince(value.substring(0, 2)), "divisionCode", value,
        "does not start with a province code", Provinces.ACCEPTED);
  }

  /**
   * Parses a division code.
   *
   * @throws InvalidInputException if it is malformed
   */
  public static DivisionCode parse(String text) {
    return new DivisionCode(text);
  }

  /** The level the code's length gives. */
  public Level level() {
    return switch (value.length()) {
      case 6 -> Level.COUNTY;
      case 9 -> Level.TOWN;
      default -> Level.COMMUNITY;
    };
  }

  /** The six-digit GB/T 2260 code this code lies in (itself for a six-digit code). */
  public DivisionCode county() {
    return value.length() == 6 ? this : new DivisionCode(value.substring(0, 6));
  }

  /**
   * The committee a 12-digit code names: digits 10–12 from 001 to 199 a residents' committee,
   * from 200 to 399 a villagers' committee; empty for other codes and other ranges.
   */
  public Optional<Committee> committee() {
    if (value.length() != 12) {
      return Optional.empty();
    }
    int n = Integer.parseInt(value.substring(9, 12));
    if (n >= 1 && n <= 199) {
      return Optional.of(Committee.RESIDENTS);
    }
    if (n >= 200 && n <= 399) {
      return Optional.of(Committee.VILLAGERS);
    }
    return Optional.empty();
  }

  /** Whether this code lies within {@code other}: its digits start with {@code other}'s. */
  public boolean isWithin(DivisionCode other) {
    return value.startsWith(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The level of a division code. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum Level {
    /** Six digits: province, prefecture or county. */
    COUNTY,
    /** Nine digits: a town or street. */
    TOWN,
    /** Twelve digits: a community or village. */
    COMMUNITY
  }

  /** The kind of committee a 12-digit code names. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum Committee {
    /** 居民委员会: digits 10–12 from 001 to 199. */
    RESIDENTS,
    /** 村民委员会: digits 10–12 from 200 to 399. */
    VILLAGERS
  }
}
