package org.cungaiju.reform.spi.election;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;

/**
 * The outcome of an eligibility decision: eligible or not, and the reasons, one per condition
 * checked (met or unmet), in the order checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eligible whether the person may stand
 * @param reasons why, one line per condition, such as {@code 未满3年居住: resident 2 years}
 * @param unmet the ids of the conditions not met, such as {@code creditDiscipline}; empty when
 *     eligible
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Eligibility(
    boolean eligible, ImmutableList<String> reasons, ImmutableList<String> unmet) {

  /** An outcome with copies of the lists. */
  public static Eligibility of(
      boolean eligible, Iterable<String> reasons, Iterable<String> unmet) {
    return new Eligibility(eligible, ImmutableList.copyOf(reasons), ImmutableList.copyOf(unmet));
  }

  /** Copies the lists; an eligible outcome has no unmet condition. */
  public Eligibility {
    reasons = ImmutableList.copyOf(reasons);
    unmet = ImmutableList.copyOf(unmet);
    org.cungaiju.reform.api.error.InvalidInputException.checkInput(eligible == unmet.isEmpty(),
        "unmet", unmet, eligible ? "lists conditions although eligible"
            : "is empty although not eligible", "the unmet conditions, exactly when not eligible");
  }
}
