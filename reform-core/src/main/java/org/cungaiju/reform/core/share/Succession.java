package org.cungaiju.reform.core.share;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;

/**
 * Static management (股权固化, 生不增、死不减) between the register's date and another: each
 * holder's death passes the holder's shares within the household.
 */
final class Succession {

  /** The book after the deaths, and what could not be done. */
  record Passed(ShareBook book, ImmutableList<String> notes) {}

  private Succession() {}

  /**
   * Passes on the shares of every holder who died on or before {@code until}, in the order of
   * the deaths (then the dossier's order): to the other members of the deceased's household who
   * belong to the organization, were born by the day of the death and outlived it, in the
   * household's order, in equal parts. A holder with no such heir keeps the shares, and a note
   * says so.
   */
  static Passed passOnDeaths(ShareBook book, Dossier dossier, LocalDate until) {
    String organization = book.register().organizationId();
    Map<String, Person> persons = dossier.personsById();
    Map<String, Household> households = dossier.householdsById();
    record Death(Person person, LocalDate date, int order) {}
    List<Death> deaths = new ArrayList<>();
    for (int i = 0; i < dossier.persons().size(); i++) {
      Person p = dossier.persons().get(i);
      Optional<PersonEvent> death = p.firstEvent(PersonEventType.DEATH, until);
      if (death.isPresent()) {
        deaths.add(new Death(p, death.get().date(), i));
      }
    }
    deaths.sort(Comparator.comparing(Death::date).thenComparingInt(Death::order));
    List<String> notes = new ArrayList<>();
    ShareBook.Editor editor = book.edit();
    LocalDate registerDate = book.register().asOf();
    for (Death d : deaths) {
      String holder = d.person().id();
      if (!editor.holds(holder)) {
        continue;
      }
      Household home = households.get(d.person().householdId());
      List<String> heirs = home.memberIds().stream()
          .filter(id -> !id.equals(holder))
          .map(persons::get)
          .filter(p -> p.organizationId().equals(Optional.of(organization))
              && !p.birthDate().isAfter(d.date()) && !p.isDeadOn(d.date()))
          .map(Person::id)
          .toList();
      if (heirs.isEmpty()) {
        notes.add(holder + " died on " + d.date() + ": no other member of household "
            + home.id() + " belongs to organization " + organization + " and outlived the "
            + "holder, so the shares stay recorded to the deceased until the members' assembly "
            + "decides (inheritance by law, or return to the collective)");
        continue;
      }
      LocalDate date = d.date().isBefore(registerDate) ? registerDate : d.date();
      editor.apply(new Inheritance(date, "股权固化，户内继承: static management, the holder "
          + "died on " + d.date() + " and the shares pass within household " + home.id(),
          holder, ImmutableList.copyOf(heirs)));
    }
    return new Passed(editor.book(), ImmutableList.copyOf(notes));
  }
}
