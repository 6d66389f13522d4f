package org.cungaiju.reform.api.governance;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * One office held by one person (任职): a person may hold several, each its own appointment.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>An office of a collective organization names the organization; an office of the two
 *       committees names none (the community has one of each).
 *   <li>That the person and the organization exist, and that a leading office has one holder,
 *       is checked by the dossier.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId the holder's id in the dossier
 * @param office the office held
 * @param organizationId the collective organization, for an office of one
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Appointment(String personId, Office office, Optional<String> organizationId) {

  /** Validates the ids and that an organization is named exactly for a collective office. */
  public Appointment {
    Checks.id(personId, "personId");
    requireNonNull(office, "office");
    requireNonNull(organizationId, "organizationId");
    organizationId.ifPresent(o -> Checks.id(o, "organizationId"));
    boolean collective = office.body() == Office.Body.COLLECTIVE_ORGANIZATION;
    checkInput(collective == organizationId.isPresent(), "organizationId",
        organizationId.orElse(""), collective
            ? "is missing for " + office + ", an office of a collective organization"
            : "is given for " + office + ", an office of the two committees",
        collective ? "the id of the organization the office belongs to"
            : "no organization for an office of the Party organization or residents' committee");
  }

  /** An office of the two committees. */
  public static Appointment of(String personId, Office office) {
    return new Appointment(personId, office, Optional.empty());
  }

  /** An office of the collective organization {@code organizationId}. */
  public static Appointment of(String personId, Office office, String organizationId) {
    return new Appointment(personId, office, Optional.of(organizationId));
  }
}
