package org.cungaiju.reform.core.data;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;

/**
 * One of Jiangmen's county-level units (or the city itself) with what the built-in data knows
 * about it beyond {@link County}: its kind and the historical division codes its people's
 * resident ids still carry.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Historical codes are kept in order of the year they went out of use, none equal to the
 *       current code, their periods not overlapping.
 *   <li>{@link #codeInUse(int)} gives, for any year, the code in use then as far as the data
 *       records it: the earliest recorded code for years before any record, the current code
 *       after the last change.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param county the county (or the city)
 * @param kind its kind today: 区, 县级市 or 地级市
 * @param historicalCodes the codes it used before, oldest first
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record CountyProfile(
    County county, DivisionKind kind, ImmutableList<HistoricalCode> historicalCodes) {

  /** Validates and sorts the historical codes. */
  public CountyProfile {
    requireNonNull(county, "county");
    requireNonNull(kind, "kind");
    historicalCodes = ImmutableList.sortedCopyOf(
        Comparator.comparingInt(HistoricalCode::untilYear), historicalCodes);
    for (int i = 0; i < historicalCodes.size(); i++) {
      HistoricalCode h = historicalCodes.get(i);
      checkInput(!h.code().equals(county.divisionCode()), "historicalCodes", h.code(),
          "is the current code of " + county.chineseName(), "a code used before");
      if (i > 0) {
        int previousUntil = historicalCodes.get(i - 1).untilYear();
        checkInput(h.fromYear().map(from -> from >= previousUntil).orElse(false)
                && h.untilYear() > previousUntil, "historicalCodes", h.code(),
            "overlaps the period of " + historicalCodes.get(i - 1).code(),
            "periods one after another, from " + previousUntil + " on");
      }
    }
  }

  /** The current six-digit code, such as {@code 440705}. */
  public DivisionCode code() {
    return county.divisionCode();
  }

  /**
   * The code in use in {@code year}: the oldest historical code whose period had not ended by
   * then, else the current code. For a year before every recorded period that is the oldest
   * code recorded.
   */
  public DivisionCode codeInUse(int year) {
    for (HistoricalCode h : historicalCodes) {
      if (year < h.untilYear()) {
        return h.code();
      }
    }
    return code();
  }
}
