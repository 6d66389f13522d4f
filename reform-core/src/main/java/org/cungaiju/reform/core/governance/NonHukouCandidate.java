package org.cungaiju.reform.core.governance;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.spi.election.Eligibility;

/**
 * Whether a non-hukou resident (非户籍常住人口) may stand for the two committees (两委) under
 * the county's election rules, with every condition met and unmet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId the person's id in the dossier
 * @param holdsTwoCommitteeOffice whether the person already holds an office of the Party
 *     organization or the residents' committee
 * @param eligibility eligible or not, and the reasons
 * @param explanation the election rule, its policy version, inputs and parameters
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record NonHukouCandidate(
    String personId,
    boolean holdsTwoCommitteeOffice,
    Eligibility eligibility,
    Explanation explanation) {

  /** Validates that every part is present. */
  public NonHukouCandidate {
    requireNonNull(personId, "personId");
    requireNonNull(eligibility, "eligibility");
    requireNonNull(explanation, "explanation");
  }
}
