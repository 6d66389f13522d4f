package org.cungaiju.reform.testkit.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.testkit.golden.Sketch;

/**
 * Small valid dossiers made from a seed: one village organization whose charter may set
 * retention rates, 2 to 12 persons in up to 4 households, parents among earlier persons, and
 * up to 5 events of any type per person. The same seed always gives the same dossier.
 */
final class ContractDossiers {
  static final String ORGANIZATION = "org1";
  private static final PersonEventType[] TYPES = PersonEventType.values();

  private ContractDossiers() {}

  static Dossier generate(County county, LocalDate asOf, long seed) {
    Random rnd = new Random(seed);
    Optional<Rate> reserve = rnd.nextBoolean() ? Optional.of(Rate.ofPercent(rnd.nextInt(31)))
        : Optional.empty();
    Optional<Rate> welfare = rnd.nextBoolean() ? Optional.of(Rate.ofPercent(rnd.nextInt(21)))
        : Optional.empty();
    Charter charter = new Charter(reserve, welfare, ShareManagement.STATIC, Optional.empty(),
        Optional.empty());
    int n = 2 + rnd.nextInt(11);
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate birth = asOf.minusDays(rnd.nextInt(90 * 365));
      List<String> parents = new ArrayList<>();
      for (Person earlier : persons) {
        if (parents.size() < 2 && earlier.birthDate().plusYears(16).isBefore(birth)
            && rnd.nextInt(3) == 0) {
          parents.add(earlier.id());
        }
      }
      List<PersonEvent> events = new ArrayList<>();
      int k = rnd.nextInt(6);
      long span = asOf.toEpochDay() - birth.toEpochDay();
      for (int e = 0; e < k; e++) {
        LocalDate date = birth.plusDays(span == 0 ? 0 : Math.floorMod(rnd.nextLong(), span + 1));
        events.add(PersonEvent.of(TYPES[rnd.nextInt(TYPES.length)], date));
      }
      persons.add(Sketch.person(county, i, "p" + i, birth,
          rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, "h" + (i / 3),
          rnd.nextInt(10) == 0 ? Optional.empty() : Optional.of(ORGANIZATION), parents,
          rnd.nextInt(4) != 0, rnd.nextInt(4) != 0, events));
    }
    return Sketch.dossier(county, asOf, List.of(Sketch.organization(ORGANIZATION, county,
        charter)), persons);
  }
}
