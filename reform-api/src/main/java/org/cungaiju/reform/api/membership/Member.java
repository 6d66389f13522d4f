package org.cungaiju.reform.api.membership;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;

/**
 * A membership decision (成员资格认定): whether a person is a member (成员) of an organization
 * on a date, with the explanation of the rules that decided it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId the person decided about
 * @param organizationId the organization
 * @param status member, not a member, or left to the members' assembly
 * @param asOf the date of the decision
 * @param explanation the rules, policy version and facts that decided it
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Member(
    String personId,
    String organizationId,
    MembershipStatus status,
    LocalDate asOf,
    Explanation explanation) {

  /** Validates the ids. */
  public Member {
    Checks.id(personId, "personId");
    Checks.id(organizationId, "organizationId");
    requireNonNull(status, "status");
    requireNonNull(asOf, "asOf");
    requireNonNull(explanation, "explanation");
  }

  /** Whether the decision is {@link MembershipStatus#MEMBER}. */
  public boolean isMember() {
    return status == MembershipStatus.MEMBER;
  }
}
