package org.cungaiju.reform.api.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** InvalidInputException, Violation, Checks and the exception hierarchy. */
class InvalidInputExceptionTest {

  private static final Violation ID =
      Violation.of("residentId", "440705********001X", "fails the check", "a valid id");

  @Test
  void putsAPrefixBeforeARelativePath() {
    assertThat(ID.under("$.persons[3]").path()).isEqualTo("$.persons[3].residentId");
    assertThat(Violation.of("[2].id", "h1", "is used twice", "").under("households").path())
        .isEqualTo("households[2].id");
    assertThat(Violation.of("$.asOf", "x", "is not a date", "").under("$.persons[0]").path())
        .isEqualTo("$.asOf");
    assertThat(ID.under("persons[3]").under("$").path()).isEqualTo("$.persons[3].residentId");
    assertThat(ID.under("$.persons[3]").value()).isEqualTo(ID.value());
  }

  @Test
  void readsAsPathProblemValueAccepted() {
    assertThat(ID).hasToString(
        "residentId: fails the check (value '440705********001X'); accepted: a valid id");
    assertThat(Violation.of("households", "", "is empty", "")).hasToString("households: is empty");
    assertThatThrownBy(() -> Violation.of("", "v", "problem", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.of("path", "v", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsEveryViolation() {
    Violation a = Violation.of("persons[0].id", "p1", "is used twice", "a unique id");
    Violation b = Violation.of("persons[1].householdId", "h9", "names no household", "");
    Violation c = Violation.of("asOf", "", "is missing", "a date");
    InvalidInputException e = new InvalidInputException(List.of(a, b, c));
    assertThat(e.violations()).containsExactly(a, b, c);
    assertThat(e.getMessage()).isEqualTo("3 problems:\n  " + a + "\n  " + b + "\n  " + c);
    assertThat(InvalidInputException.of("asOf", "", "is missing", "a date").getMessage())
        .isEqualTo(c.toString());
  }

  @Test
  void keepsEveryViolationButShowsTwentyInTheMessage() {
    List<Violation> many = IntStream.range(0, 25)
        .mapToObj(i -> Violation.of("persons[" + i + "].id", "p", "is used twice", ""))
        .collect(Collectors.toList());
    InvalidInputException e = new InvalidInputException(many);
    assertThat(e.violations()).hasSize(25);
    assertThat(e.getMessage()).startsWith("25 problems:\n")
        .contains("persons[19].id").doesNotContain("persons[20].id")
        .endsWith("\n  ... and 5 more");
  }

  @Test
  void needsAViolation() {
    assertThatThrownBy(() -> new InvalidInputException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void movesEveryViolationUnderAPrefixKeepingTheCause() {
    Throwable cause = new IllegalStateException("parse");
    InvalidInputException e = new InvalidInputException(
        List.of(ID, Violation.of("[0]", "x", "is wrong", "")), cause).under("$.persons[3]");
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("$.persons[3].residentId", "$.persons[3][0]");
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void checkInputThrowsOnlyWhenInvalid() {
    assertThatCode(() -> InvalidInputException.checkInput(true, "p", "v", "x", "y"))
        .doesNotThrowAnyException();
    assertThat(refused(() -> InvalidInputException.checkInput(false, "p", "v", "x", "y"))
        .violations()).containsExactly(new Violation("p", "v", "x", "y"));
  }

  @Test
  void checksIdsCountsAndText() {
    assertThat(Checks.id("a.b_c:d-9", "id")).isEqualTo("a.b_c:d-9");
    assertThat(Checks.id("a".repeat(64), "id")).hasSize(64);
    for (String bad : new String[] {"", "-a", ".a", "a b", "a/b", "甲", "a".repeat(65)}) {
      Violation v = refused(() -> Checks.id(bad, "holderId")).violations().get(0);
      assertThat(v.path()).isEqualTo("holderId");
      assertThat(v.accepted()).isEqualTo(Checks.ID_ACCEPTED);
    }
    assertThat(Checks.nonNegative(0L, "n")).isZero();
    assertThat(refused(() -> Checks.nonNegative(-1, "n")).violations().get(0).problem())
        .isEqualTo("is negative");
    assertThat(refused(() -> Checks.text("secret\n", "note", 10, "s*****")).getMessage())
        .contains("s*****").doesNotContain("secret");
  }

  @Test
  void everyFailureIsAReformException() {
    assertThat(new PolicyConfigurationException("x")).isInstanceOf(ReformException.class);
    assertThat(new ConflictException("x")).isInstanceOf(ReformException.class);
    assertThat(new InfeasibleException("x")).isInstanceOf(ReformException.class);
    assertThat(ID.under("x")).isNotNull();
    TieRefusedException tie = new TieRefusedException("tie at the margin", List.of("p2", "p5"));
    assertThat(tie).isInstanceOf(InfeasibleException.class);
    assertThat(tie.tiedIds()).containsExactly("p2", "p5");
    assertThat(InvalidInputException.of("a", "", "b", "")).isInstanceOf(ReformException.class);
  }
}
