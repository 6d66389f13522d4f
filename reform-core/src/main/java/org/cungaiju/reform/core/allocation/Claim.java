package org.cungaiju.reform.core.allocation;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Weight;

/**
 * One claim on the units of an allocation: an id, an exact weight, and optionally the least and
 * the most units it may receive (e.g. every state at least one seat).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The id is non-blank text of at most {@value #MAX_ID_LENGTH} characters without control
 *       characters (names such as {@code "New York"} are fine); ids must differ within one
 *       allocation.
 *   <li>{@code 0 <= min <= max}; {@link #NO_MAX} stands for no maximum.
 *   <li>A zero weight receives no unit unless its minimum demands it.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the claim's id
 * @param weight its exact weight
 * @param min the least units it may receive, 0 for none
 * @param max the most units it may receive, {@link #NO_MAX} for no maximum
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Claim(String id, Weight weight, long min, long max) {

  /** The maximum of a claim without one. */
  public static final long NO_MAX = Long.MAX_VALUE;

  /** The longest id. */
  public static final int MAX_ID_LENGTH = 256;

  /**
   * Validates.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if the id is blank, too long
   *     or holds a control character, the minimum is negative or the maximum below it
   */
  public Claim {
    Checks.text(id, "id", MAX_ID_LENGTH, id);
    requireNonNull(weight, "weight");
    checkInput(min >= 0, "min", min, "is negative (claim '" + id + "')", "0 or more");
    checkInput(max >= min, "max", max, "is below the minimum " + min + " (claim '" + id + "')",
        "at least the minimum");
  }

  /** A claim without bounds. */
  public static Claim of(String id, Weight weight) {
    return new Claim(id, weight, 0, NO_MAX);
  }

  /** A claim with a whole-number weight and no bounds. */
  public static Claim of(String id, long weight) {
    return of(id, Weight.of(weight));
  }

  /** This claim with minimum {@code min}. */
  public Claim withMin(long min) {
    return new Claim(id, weight, min, max);
  }

  /** This claim with maximum {@code max}. */
  public Claim withMax(long max) {
    return new Claim(id, weight, min, max);
  }

  /** Whether the claim has a maximum. */
  public boolean hasMax() {
    return max != NO_MAX;
  }
}
