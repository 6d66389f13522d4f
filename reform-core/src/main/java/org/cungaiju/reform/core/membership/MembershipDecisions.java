package org.cungaiju.reform.core.membership;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;

/**
 * The membership decisions for every person of a dossier on one date.
 *
 * <p>Every person with an organization has exactly one {@link Member} decision, in the
 * dossier's order; persons without one are listed by id in {@code withoutOrganization}, since
 * no membership is in question for them. Immutable and thread-safe.
 *
 * @param date the date decided at
 * @param decisions one decision per person with an organization, in dossier order
 * @param withoutOrganization the ids of persons with no organization, in dossier order
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record MembershipDecisions(
    LocalDate date, ImmutableList<Member> decisions, ImmutableList<String> withoutOrganization) {

  /** Copies the lists. */
  public MembershipDecisions {
    requireNonNull(date, "date");
    decisions = ImmutableList.copyOf(decisions);
    withoutOrganization = ImmutableList.copyOf(withoutOrganization);
  }

  /** The decision about one person, if they have an organization. */
  public Optional<Member> of(String personId) {
    return decisions.stream().filter(m -> m.personId().equals(personId)).findFirst();
  }

  /** The decisions with {@code status}, in dossier order. */
  public ImmutableList<Member> withStatus(MembershipStatus status) {
    return decisions.stream().filter(m -> m.status() == status)
        .collect(ImmutableList.toImmutableList());
  }

  /** The members of {@code organizationId}, in dossier order. */
  public ImmutableList<Member> membersOf(String organizationId) {
    return decisions.stream()
        .filter(m -> m.isMember() && m.organizationId().equals(organizationId))
        .collect(ImmutableList.toImmutableList());
  }
}
