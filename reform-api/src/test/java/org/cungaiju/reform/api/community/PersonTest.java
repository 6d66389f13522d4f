package org.cungaiju.reform.api.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.junit.jupiter.api.Test;

class PersonTest {

  static final ResidentId ID = new ResidentId("44070519900101001X");
  static final PersonName NAME = PersonName.of("司徒美玲");
  static final LocalDate BORN = LocalDate.of(1990, 1, 1);

  static Person person(ResidentId id, Sex sex, LocalDate birth, List<PersonEvent> events) {
    return new Person("p1", id, NAME, sex, birth, "h1", Optional.of("org1"), ImmutableList.of(),
        true, true, ImmutableList.copyOf(events));
  }

  static Person withParents(String... parentIds) {
    return new Person("p1", ID, NAME, Sex.MALE, BORN, "h1", Optional.empty(),
        ImmutableList.copyOf(parentIds), true, true, ImmutableList.of());
  }

  @Test
  void acceptsFactsThatAgreeWithTheResidentId() {
    Person p = person(ID, Sex.MALE, BORN, List.of());
    assertThat(p.sex()).isEqualTo(ID.sex());
    assertThat(p.birthDate()).isEqualTo(ID.birthDate());
  }

  @Test
  void refusesABirthDateThatDisagreesWithTheIdWithoutShowingIdOrName() {
    InvalidInputException e =
        refused(() -> person(ID, Sex.MALE, LocalDate.of(1990, 1, 2), List.of()));
    Violation v = e.violations().get(0);
    assertThat(v.path()).isEqualTo("birthDate");
    assertThat(v.problem()).contains("disagrees with the resident id 440705********001X");
    assertThat(v.accepted()).isEqualTo("the birth date the resident id encodes");
    assertThat(e.getMessage()).doesNotContain(ID.value()).doesNotContain("19900101")
        .doesNotContain(NAME.value()).doesNotContain("美玲");
  }

  @Test
  void refusesASexThatDisagreesWithTheIdWithoutShowingIdOrName() {
    InvalidInputException e = refused(() -> person(ID, Sex.FEMALE, BORN, List.of()));
    Violation v = e.violations().get(0);
    assertThat(v.path()).isEqualTo("sex");
    assertThat(v.value()).isEqualTo("FEMALE");
    assertThat(v.accepted()).isEqualTo("MALE");
    assertThat(e.getMessage()).doesNotContain(ID.value()).doesNotContain(NAME.value())
        .contains("440705********001X");
  }

  @Provide
  Arbitrary<String> ids() {
    return TestValues.residentIds();
  }

  @Property(tries = 300)
  void refusesEveryStatedFactTheIdContradicts(@ForAll("ids") String text,
      @ForAll @IntRange(min = -400, max = 400) int daysOff) {
    ResidentId id = new ResidentId(text);
    Sex other = id.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    assertThat(person(id, id.sex(), id.birthDate(), List.of()).residentId()).isEqualTo(id);
    assertThat(refused(() -> person(id, other, id.birthDate(), List.of())).violations())
        .extracting(Violation::path).containsExactly("sex");
    if (daysOff != 0) {
      LocalDate wrong = id.birthDate().plusDays(daysOff);
      assertThat(refused(() -> person(id, id.sex(), wrong, List.of())).violations())
          .extracting(Violation::path).containsExactly("birthDate");
    }
  }

  @Provide
  Arbitrary<List<PersonEvent>> distinctEvents() {
    Arbitrary<PersonEvent> event = Arbitraries.integers().between(0, 12_000).flatMap(day ->
        Arbitraries.of(PersonEventType.class).map(t -> PersonEvent.of(t, BORN.plusDays(day))));
    return event.list().ofMaxSize(8).uniqueElements(e -> e.date().toString() + e.type());
  }

  @Property(tries = 300)
  void keepsEventsInChronologicalOrderWhateverTheInputOrder(
      @ForAll("distinctEvents") List<PersonEvent> events, @ForAll long seed) {
    List<PersonEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    Person p = person(ID, Sex.MALE, BORN, shuffled);
    assertThat(p.events()).isSortedAccordingTo(PersonEvent.CHRONOLOGICAL)
        .containsExactlyInAnyOrderElementsOf(events);
    assertThat(p).isEqualTo(person(ID, Sex.MALE, BORN, events));
    Person again = new Person(p.id(), p.residentId(), p.name(), p.sex(), p.birthDate(),
        p.householdId(), p.organizationId(), p.parentIds(), p.registered(), p.resident(),
        p.events());
    assertThat(again).isEqualTo(p);
  }

  @Test
  void answersQuestionsAboutItsEvents() {
    PersonEvent marriage = PersonEvent.of(PersonEventType.MARRIAGE_OUT, LocalDate.of(2015, 3, 8));
    PersonEvent study = PersonEvent.of(PersonEventType.STUDY, LocalDate.of(2008, 9, 1));
    PersonEvent death = PersonEvent.of(PersonEventType.DEATH, LocalDate.of(2024, 2, 1));
    Person p = person(ID, Sex.MALE, BORN, List.of(death, marriage, study));
    assertThat(p.events()).containsExactly(study, marriage, death);
    assertThat(p.eventsOf(PersonEventType.STUDY)).containsExactly(study);
    assertThat(p.eventsUntil(LocalDate.of(2015, 3, 8))).containsExactly(study, marriage);
    assertThat(p.firstEvent(PersonEventType.DEATH, LocalDate.of(2024, 1, 31))).isEmpty();
    assertThat(p.firstEvent(PersonEventType.DEATH, LocalDate.of(2024, 2, 1))).contains(death);
    assertThat(p.isDeadOn(LocalDate.of(2024, 1, 31))).isFalse();
    assertThat(p.isDeadOn(LocalDate.of(2024, 2, 1))).isTrue();
  }

  @Test
  void countsAgeInWholeYears() {
    Person p = person(ID, Sex.MALE, BORN, List.of());
    assertThat(p.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(34);
    assertThat(p.ageOn(LocalDate.of(2025, 1, 1))).isEqualTo(35);
    assertThat(p.ageOn(BORN)).isZero();
  }

  @Test
  void masksIdAndNameInToString() {
    String shown = person(ID, Sex.MALE, BORN, List.of()).toString();
    assertThat(shown).contains("440705********001X").contains("司徒**")
        .doesNotContain(ID.value()).doesNotContain("美玲");
  }

  @Test
  void refusesParentsThatCannotBe() {
    assertThat(withParents("p2", "p3").parentIds()).containsExactly("p2", "p3");
    assertThat(refused(() -> withParents("p1")).violations().get(0).problem())
        .isEqualTo("is the person itself");
    assertThat(refused(() -> withParents("p2", "p2")).violations().get(0).problem())
        .isEqualTo("is listed twice");
    assertThat(refused(() -> withParents("p2", "p3", "p4")).violations().get(0).problem())
        .isEqualTo("names more than two parents");
    assertThat(refused(() -> withParents("p 2")).violations().get(0).accepted())
        .isEqualTo(Checks.ID_ACCEPTED);
  }

  @Test
  void refusesMalformedIds() {
    Violation v = refused(() -> new Person("", ID, NAME, Sex.MALE, BORN, "h1", Optional.empty(),
        ImmutableList.of(), true, true, ImmutableList.of())).violations().get(0);
    assertThat(v.path()).isEqualTo("id");
    assertThat(v.accepted()).isEqualTo(Checks.ID_ACCEPTED);
    assertThat(refused(() -> new Person("p1", ID, NAME, Sex.MALE, BORN, "h/1", Optional.empty(),
        ImmutableList.of(), true, true, ImmutableList.of())).violations().get(0).path())
        .isEqualTo("householdId");
    assertThat(refused(() -> new Person("p1", ID, NAME, Sex.MALE, BORN, "h1", Optional.of("-o"),
        ImmutableList.of(), true, true, ImmutableList.of())).violations().get(0).path())
        .isEqualTo("organizationId");
  }
}
