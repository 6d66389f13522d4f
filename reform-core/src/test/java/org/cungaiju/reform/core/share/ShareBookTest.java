package org.cungaiju.reform.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;
import org.junit.jupiter.api.Test;

/** Register operations worked by hand, and what they refuse. */
class ShareBookTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final ShareRegister REGISTER = new ShareRegister("org1",
      LocalDate.of(2020, 12, 31), ImmutableList.of(
          ShareClass.of("population", ShareClassKind.POPULATION),
          ShareClass.of("farmAge", ShareClassKind.FARM_AGE),
          ShareClass.of("collective", ShareClassKind.COLLECTIVE)),
      ImmutableList.of(new Holding("p1", "population", 10), new Holding("p1", "farmAge", 7),
          new Holding("p2", "population", 10), new Holding("org1", "collective", 5)));
  private static final ShareBook BOOK = ShareBook.open(REGISTER,
      Map.of("p1", "org1", "p2", "org1", "p3", "org1", "p4", "org1", "q1", "org2"),
      Schemes.VERSION);

  @Test
  void aTransferMovesSharesOfOneClassAndIsLogged() {
    ShareBook after = BOOK.apply(new Transfer(DAY, "成员大会决议2024-1号", "p1", "p3",
        "population", 4));
    assertThat(after.sharesOf("p1", "population")).isEqualTo(6);
    assertThat(after.sharesOf("p3", "population")).isEqualTo(4);
    assertThat(after.register().asOf()).isEqualTo(DAY);
    assertThat(after.log()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo("transfer");
      assertThat(r.changes()).containsExactly(new ShareChange("p1", "population", 10, 6),
          new ShareChange("p3", "population", 0, 4));
      assertThat(r.explanation().inputs()).containsEntry("reason", "成员大会决议2024-1号");
      assertThat(r.explanation().outcome())
          .isEqualTo("p1 transfers 4 population shares to p3 (10 → 6, 0 → 4)");
    });
    assertThat(BOOK.log()).isEmpty();
  }

  /**
   * p1's 17 shares pass to p2, p3 and p4: population 10 ÷ 3 = 3⅓ each, floors 9, the share left
   * to p2 (named first; a tie with p3 and p4); farm age 7 ÷ 3 = 2⅓, floors 6, the share left to
   * p2 again. p2: 10 + 4 population and 3 farm age; p3 and p4: 3 population and 2 farm age.
   */
  @Test
  void anInheritanceSplitsEachClassInEqualPartsAndReportsTheTie() {
    ShareBook after = BOOK.apply(new Inheritance(DAY, "继承公证书(2024)第5号", "p1",
        ImmutableList.of("p2", "p3", "p4")));
    assertThat(after.register().totalsByHolder()).containsExactly(
        Map.entry("p2", 17L), Map.entry("org1", 5L), Map.entry("p3", 5L), Map.entry("p4", 5L));
    assertThat(after.sharesOf("p2", "farmAge")).isEqualTo(3);
    assertThat(after.sharesOf("p1", "population")).isZero();
    OperationRecord r = after.log().get(0);
    assertThat(r.tieAwarded()).containsExactly("p2");
    assertThat(r.tiePassedOver()).containsExactly("p3", "p4");
    assertThat(r.explanation().outcome()).isEqualTo("the 17 shares of p1 pass to p2, p3, p4 in "
        + "equal parts: population 10 → 4 + 3 + 3; farmAge 7 → 3 + 2 + 2; tied: p2 awarded, "
        + "p3, p4 passed over by the order named");
  }

  @Test
  void refusesWhatCannotBe() {
    assertRefused(new Transfer(DAY, "r", "p1", "p3", "population", 11), "who holds 10");
    assertRefused(new Transfer(DAY, "r", "p3", "p1", "population", 1), "holds no shares");
    assertRefused(new Transfer(DAY, "r", "p1", "nobody", "population", 1), "do not know");
    assertRefused(new Transfer(DAY, "r", "p1", "q1", "population", 1),
        "across organizations");
    assertRefused(new Transfer(DAY, "r", "org1", "p1", "collective", 1), "collective");
    assertRefused(new Transfer(DAY, "r", "p1", "org1", "population", 1), "organization itself");
    assertRefused(new Transfer(DAY, "r", "p1", "p2", "labourAge", 1), "register lacks");
    assertRefused(new Transfer(LocalDate.of(2020, 1, 1), "r", "p1", "p2", "population", 1),
        "before the register's 2020-12-31");
    assertRefused(new Inheritance(DAY, "r", "p3", ImmutableList.of("p2")), "holds no shares");
    assertRefused(new Inheritance(DAY, "r", "p1", ImmutableList.of("p2", "q1")),
        "across organizations");
    assertThatThrownBy(() -> new Transfer(DAY, "r", "p1", "p2", "population", -1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is negative");
    assertThatThrownBy(() -> new Transfer(DAY, "r", "p1", "p2", "population", 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("moves nothing");
    assertThatThrownBy(() -> new Inheritance(DAY, "r", "p1", ImmutableList.of("p2", "p2")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("named twice");
    assertThatThrownBy(() -> new Inheritance(DAY, "r", "p1", ImmutableList.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no heir");
  }

  @Test
  void aSequenceStopsAtTheFirstRefusalNamingIt() {
    assertThatThrownBy(() -> BOOK.applyAll(List.of(
        new Transfer(DAY, "r", "p1", "p3", "population", 10),
        new Transfer(DAY, "r", "p1", "p3", "population", 1))))
        .isInstanceOf(ConflictException.class).hasMessageStartingWith("operations[1]: ")
        .hasMessageContaining("who holds 0");
  }

  private static void assertRefused(RegisterOperation op, String why) {
    assertThatThrownBy(() -> BOOK.apply(op)).as(op.toString())
        .isInstanceOf(ConflictException.class).hasMessageContaining(why)
        .hasMessageContaining("org1");
  }
}
