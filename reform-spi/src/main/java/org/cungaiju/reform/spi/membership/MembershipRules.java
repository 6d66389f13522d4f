package org.cungaiju.reform.spi.membership;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The membership-rules facet (成员资格认定): decides whether a person is a member of a
 * collective organization on a date.
 *
 * <p>The membership engine calls {@link #decide} once per person of a dossier, with a {@link
 * MembershipQuery} that also answers for other persons (such as a parent on the day of a
 * birth) and gives the municipal default's decision, so that a county rule can be written as an
 * exception to the base rules: decide the cases the county treats differently, and return
 * {@link MembershipQuery#baseDecision()} (as a step of its own explanation) for the rest.
 *
 * <p>Implementations are immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface MembershipRules extends PolicyFacet {

  /**
   * The status of {@code query.person()} in {@code query.organization()} on {@code
   * query.date()}, with the rule, clause, facts and parameters that decided it.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if the person's facts cannot be
   *     decided (contradictory events, for example), naming the fact
   */
  Explained<MembershipStatus> decide(MembershipQuery query);
}
