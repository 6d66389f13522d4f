package org.cungaiju.reform.api.community;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;

/**
 * A person the reform's rules decide about: a member or would-be member of a collective, or a
 * resident of the community.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The stated birth date and sex agree with the resident id; a person whose id says
 *       otherwise is refused.
 *   <li>Events are kept in {@linkplain PersonEvent#CHRONOLOGICAL chronological order}; sorting
 *       is the only normalisation, and it is idempotent.
 *   <li>Parents are distinct and not the person; that they exist is checked by the dossier.
 *   <li>{@code toString} masks the resident id and the name.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the person's id in the dossier (not the resident id)
 * @param residentId the resident identity number
 * @param name the name
 * @param sex the sex, as the resident id records it
 * @param birthDate the birth date, as the resident id records it
 * @param householdId the household the person belongs to
 * @param organizationId the collective organization whose membership is in question, if any
 * @param parentIds the ids of the person's parents listed in the dossier
 * @param registered whether the person's household registration (户籍) is in the community
 * @param resident whether the person lives in the community (常住)
 * @param events the dated facts about the person
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Person(
    String id,
    ResidentId residentId,
    PersonName name,
    Sex sex,
    LocalDate birthDate,
    String householdId,
    Optional<String> organizationId,
    ImmutableList<String> parentIds,
    boolean registered,
    boolean resident,
    ImmutableList<PersonEvent> events) {

  /** Validates ids, agreement with the resident id and parents; sorts events. */
  public Person {
    Checks.id(id, "id");
    requireNonNull(name, "name");
    Checks.id(householdId, "householdId");
    organizationId.ifPresent(o -> Checks.id(o, "organizationId"));
    if (sex != residentId.sex()) {
      throw InvalidInputException.of("sex", sex,
          "disagrees with the resident id " + residentId.masked(), residentId.sex().toString());
    }
    if (!birthDate.equals(residentId.birthDate())) {
      throw InvalidInputException.of("birthDate", birthDate,
          "disagrees with the resident id " + residentId.masked(),
          "the birth date the resident id encodes");
    }
    parentIds = ImmutableList.copyOf(parentIds);
    var seen = new HashSet<String>();
    for (String p : parentIds) {
      Checks.id(p, "parentIds");
      checkInput(!p.equals(id), "parentIds", p, "is the person itself", "the ids of the parents");
      checkInput(seen.add(p), "parentIds", p, "is listed twice", "distinct parent ids");
    }
    checkInput(parentIds.size() <= 2, "parentIds", parentIds.size(), "names more than two parents",
        "at most two parents");
    events = ImmutableList.sortedCopyOf(PersonEvent.CHRONOLOGICAL, events);
  }

  /** The events of one type, in date order. */
  public ImmutableList<PersonEvent> eventsOf(PersonEventType type) {
    return events.stream().filter(e -> e.type() == type).collect(ImmutableList.toImmutableList());
  }

  /** The events on or before {@code date}, in date order. */
  public ImmutableList<PersonEvent> eventsUntil(LocalDate date) {
    return events.stream()
        .filter(e -> !e.date().isAfter(date))
        .collect(ImmutableList.toImmutableList());
  }

  /** The first event of a type on or before {@code date}, if any. */
  public Optional<PersonEvent> firstEvent(PersonEventType type, LocalDate date) {
    return events.stream()
        .filter(e -> e.type() == type && !e.date().isAfter(date))
        .findFirst();
  }

  /** Whether the person has died on or before {@code date}. */
  public boolean isDeadOn(LocalDate date) {
    return firstEvent(PersonEventType.DEATH, date).isPresent();
  }

  /** The person's age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }
}
