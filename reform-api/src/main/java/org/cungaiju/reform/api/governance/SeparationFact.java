package org.cungaiju.reform.api.governance;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A fact about the community's organizations, recorded with the evidence it rests on, such as
 * "the community and the collective keep separate accounts: 社区账户 4400…, 联社账户 4400…".
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which fact
 * @param holds whether it holds
 * @param evidence what shows it (佐证材料), at most 1,000 characters
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record SeparationFact(SeparationFactKind kind, boolean holds, String evidence) {

  /** Validates the evidence text. */
  public SeparationFact {
    requireNonNull(kind, "kind");
    Checks.text(evidence, "evidence", 1000, evidence);
  }

  /** Whether this fact, as recorded, points to separation. */
  public boolean pointsToSeparation() {
    return holds == kind.separatedWhenHolds();
  }
}
