package org.cungaiju.reform.api.community;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A dated fact about a person, such as a hukou move, a marriage, a death or a Party admission.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what happened
 * @param date when it happened
 * @param reference a reference the event rests on, such as the id of the other collective for
 *     {@link PersonEventType#MEMBER_ELSEWHERE} or the number of an assembly decision
 * @param note a free-text note, at most 500 characters
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PersonEvent(
    PersonEventType type, LocalDate date, Optional<String> reference, Optional<String> note) {

  /** Events in date order, then type order: the order a person's events are kept in. */
  public static final Comparator<PersonEvent> CHRONOLOGICAL =
      Comparator.comparing(PersonEvent::date).thenComparing(PersonEvent::type);

  /** Validates reference and note text. */
  public PersonEvent {
    requireNonNull(type, "type");
    requireNonNull(date, "date");
    reference.ifPresent(r -> Checks.text(r, "reference", 200, r));
    note.ifPresent(n -> Checks.text(n, "note", 500, n));
  }

  /** An event with no reference or note. */
  public static PersonEvent of(PersonEventType type, LocalDate date) {
    return new PersonEvent(type, date, Optional.empty(), Optional.empty());
  }
}
