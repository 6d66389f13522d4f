package org.cungaiju.reform.spi.membership;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;

/**
 * What a {@link MembershipRules} facet is asked: one person, their organization and the date,
 * with access to the rest of the dossier.
 *
 * <p>The membership engine implements this interface; plugins only read it. Its answers are
 * deterministic for one query. It grows only through {@code default} methods.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface MembershipQuery {

  /** The person decided about. */
  Person person();

  /** The organization whose membership is in question. */
  CollectiveOrganization organization();

  /** The date of the decision. */
  LocalDate date();

  /** The dossier the person is part of, for parents, households and other persons. */
  Dossier dossier();

  /**
   * The person of the dossier with this id, if any. The engine answers from an index; the
   * default looks through the dossier.
   */
  default Optional<Person> personById(String personId) {
    return Optional.ofNullable(dossier().personsById().get(personId));
  }

  /**
   * The status of another person of the dossier, in their own organization, on {@code date},
   * decided under the policy in force on that date. Used for "born to a member": the status of
   * a parent on the day of the child's birth.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if the person is not in the
   *     dossier, has no organization, or the question goes round in a circle (a person who is
   *     their own ancestor)
   */
  MembershipStatus statusOn(String personId, LocalDate date);

  /**
   * The decision of the municipal default policy (440700) in force on {@link #date()} for this
   * same query: the base rules a county rule is an exception to.
   */
  Explained<MembershipStatus> baseDecision();
}
