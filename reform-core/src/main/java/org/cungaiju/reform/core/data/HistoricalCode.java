package org.cungaiju.reform.core.data;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.id.DivisionCode;

/**
 * A division code a county used before its current one, which the resident ids of people
 * registered there at the time still carry: people born in 新会 before 1992 carry 440721 (新会县).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The code is a six-digit GB/T 2260 code.
 *   <li>It was in use from {@code fromYear} (inclusive; empty where the first year is not
 *       recorded) to {@code untilYear} (exclusive), and {@code fromYear < untilYear}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the six-digit code
 * @param chineseName the division's name while the code was in use, such as {@code 新会县}
 * @param kind the division's kind while the code was in use
 * @param fromYear the first year the code was in use, if recorded
 * @param untilYear the first year it was no longer in use
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record HistoricalCode(
    DivisionCode code,
    String chineseName,
    DivisionKind kind,
    Optional<Integer> fromYear,
    int untilYear) {

  /** Validates the code's level, the name and the years. */
  public HistoricalCode {
    checkInput(code.level() == DivisionCode.Level.COUNTY, "code", code,
        "is not a six-digit code", "a six-digit GB/T 2260 code");
    Checks.text(chineseName, "chineseName", 50, chineseName);
    requireNonNull(kind, "kind");
    requireNonNull(fromYear, "fromYear");
    fromYear.ifPresent(from -> checkInput(from < untilYear, "fromYear", from,
        "is not before untilYear " + untilYear, "a year before " + untilYear));
  }

  /** Whether the code was in use in {@code year}. */
  public boolean isInUseIn(int year) {
    return year < untilYear && fromYear.map(from -> year >= from).orElse(true);
  }
}
