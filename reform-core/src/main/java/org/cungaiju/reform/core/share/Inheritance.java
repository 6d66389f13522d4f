package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * An inheritance (继承): every share a deceased holder holds passes to the heirs named, in equal
 * parts.
 *
 * <p>Each class is split on its own by largest remainder over equal weights: every heir gets
 * the floor of {@code shares ÷ heirs}, and the shares left go one each to the heirs in the
 * order named. Those are ties, and {@link ShareBook} reports them, so the members can decide
 * otherwise (by naming the heirs in another order, or by a transfer).
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day it takes effect
 * @param reason why, as recorded (at most 200 characters, no personal data)
 * @param deceasedHolderId the holder whose shares pass
 * @param heirIds the heirs, at least one, distinct, in the order the tie-break follows
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Inheritance(
    LocalDate date,
    String reason,
    String deceasedHolderId,
    ImmutableList<String> heirIds) implements RegisterOperation {

  /** Validates the ids, the reason and the heirs. */
  public Inheritance {
    requireNonNull(date, "date");
    Checks.text(reason, "reason", 200, reason);
    Checks.id(deceasedHolderId, "deceasedHolderId");
    heirIds = ImmutableList.copyOf(heirIds);
    checkInput(!heirIds.isEmpty(), "heirIds", "[]", "names no heir", "at least one heir");
    Set<String> seen = new HashSet<>();
    for (String h : heirIds) {
      Checks.id(h, "heirIds");
      checkInput(seen.add(h), "heirIds", h, "is named twice", "distinct heirs");
      checkInput(!h.equals(deceasedHolderId), "heirIds", h, "is the deceased holder",
          "persons other than the deceased");
    }
  }
}
