package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;

/**
 * One simulated life, mutable while the population is drawn and read once to build a
 * {@code Person}. Its events are kept within the life: none before birth, after death or after
 * the dossier's date.
 */
final class Life {

  /** How the person came to the community. */
  enum Origin {
    /** Born to the community's families. */
    NATIVE,
    /** Married into a member's household. */
    MARRIED_IN,
    /** Adopted by a member. */
    ADOPTED,
    /** Household registration moved in (bought a home, joined relatives, resettled). */
    ARRIVED,
    /** Lives in the community without its household registration. */
    NON_HUKOU
  }

  final int order;
  final Origin origin;
  final Sex sex;
  final LocalDate birth;
  final String surname;
  final String name;
  final ResidentId residentId;
  final LocalDate asOf;
  LocalDate death;
  Life father;
  Life mother;
  Life spouse;
  LocalDate marriage;
  /** The day the person came under the community: birth for natives, else the move. */
  LocalDate arrival;
  final List<Life> children = new ArrayList<>();
  int group = -1;
  Home home;
  /** A daughter who married out of the community. */
  boolean marriedOut;
  /** Household registration moved out of the community (on marriage out). */
  boolean hukouOut;
  boolean nationalityLost;
  boolean divorced;
  /** Registered here but living elsewhere as of the dossier's date. */
  boolean away;
  /** Kept in the dossier; false for lives the records no longer hold. */
  boolean included = true;
  String id;
  final List<PersonEvent> events = new ArrayList<>();

  Life(int order, Origin origin, Sex sex, LocalDate birth, String surname, String name,
      ResidentId residentId, LocalDate asOf) {
    this.order = order;
    this.origin = origin;
    this.sex = sex;
    this.birth = birth;
    this.arrival = birth;
    this.surname = surname;
    this.name = name;
    this.residentId = residentId;
    this.asOf = asOf;
  }

  boolean isAliveOn(LocalDate date) {
    return !date.isBefore(birth) && (death == null || death.isAfter(date));
  }

  boolean isAlive() {
    return death == null;
  }

  int ageOn(LocalDate date) {
    return (int) ChronoUnit.YEARS.between(birth, date);
  }

  /** The day the person turns {@code age}. */
  LocalDate birthday(int age) {
    return birth.plusYears(age);
  }

  /** The last day events may carry: the death, or the dossier's date. */
  LocalDate lastDay() {
    return death != null && death.isBefore(asOf) ? death : asOf;
  }

  /** Whether {@code date} lies within the life as the dossier sees it. */
  boolean within(LocalDate date) {
    return date != null && !date.isBefore(birth) && !date.isAfter(lastDay());
  }

  /** Records an event if its date lies within the life; says whether it did. */
  boolean record(PersonEventType type, LocalDate date) {
    return record(type, date, null, null);
  }

  /** Records an event with a reference and note (each may be null) if it lies within the life. */
  boolean record(PersonEventType type, LocalDate date, String reference, String note) {
    if (!within(date)) {
      return false;
    }
    events.add(new PersonEvent(type, date, Optional.ofNullable(reference),
        Optional.ofNullable(note)));
    return true;
  }

  boolean registered() {
    return isAlive() && origin != Origin.NON_HUKOU && !hukouOut && !nationalityLost;
  }

  boolean resident() {
    return isAlive() && (origin == Origin.NON_HUKOU || (registered() && !away));
  }

  /** Alive and in a household book here: registered, or renting as a non-hukou resident. */
  boolean inTheBook() {
    return registered() || (isAlive() && origin == Origin.NON_HUKOU);
  }

  /** The parent through whom the person belongs to a household: the native one. */
  Life homeParent() {
    if (father != null && father.origin != Origin.MARRIED_IN) {
      return father;
    }
    return mother != null ? mother : father;
  }
}
