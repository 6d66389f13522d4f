package org.cungaiju.reform.api.value;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;

/**
 * A non-empty range of dates: from a first day (inclusive) to an end day (exclusive), or open
 * towards the future.
 *
 * <p>Used for the validity window of every policy version: the version in force on a date is
 * the one whose range {@linkplain #contains contains} it. Immutable and thread-safe.
 *
 * @param from the first day of the range
 * @param to the first day after the range, or empty when the range is open
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record DateRange(LocalDate from, Optional<LocalDate> to) {

  /**
   * Validates that the range is not empty.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if {@code to} is not after
   *     {@code from}
   */
  public DateRange {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkInput(to.isEmpty() || to.get().isAfter(from), "to", to.map(Object::toString).orElse(""),
        "is not after from " + from, "an end date after the start date, or none (open)");
  }

  /** The range [{@code from}, {@code to}). */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, Optional.of(to));
  }

  /** The open range from {@code from} onwards. */
  public static DateRange startingAt(LocalDate from) {
    return new DateRange(from, Optional.empty());
  }

  /** Whether {@code date} is on or after {@code from} and before {@code to}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to.isEmpty() || date.isBefore(to.get()));
  }

  /** Whether some date lies in both ranges. */
  public boolean overlaps(DateRange other) {
    boolean thisStartsBeforeOtherEnds = other.to.isEmpty() || from.isBefore(other.to.get());
    boolean otherStartsBeforeThisEnds = to.isEmpty() || other.from.isBefore(to.get());
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** Whether the range has no end. */
  public boolean isOpen() {
    return to.isEmpty();
  }

  /** Reads as {@code [2025-05-01, 2026-01-01)} or {@code [2025-05-01, …)}. */
  @Override
  public String toString() {
    return "[" + from + ", " + to.map(Object::toString).orElse("…") + ")";
  }
}
