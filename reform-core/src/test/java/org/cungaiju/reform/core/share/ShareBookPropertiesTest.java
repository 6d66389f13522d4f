package org.cungaiju.reform.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;

/**
 * Any sequence of transfers and inheritances, valid or not: the valid ones are applied and
 * logged, the impossible ones refused with nothing applied, and the register keeps its totals
 * and never holds a negative count.
 */
class ShareBookPropertiesTest {

  private static final String ORG = "org1";
  private static final ImmutableList<ShareClass> CLASSES = ImmutableList.of(
      ShareClass.of("population", ShareClassKind.POPULATION),
      ShareClass.of("farmAge", ShareClassKind.FARM_AGE),
      ShareClass.of("collective", ShareClassKind.COLLECTIVE));

  /** What a generated operation is meant to be. */
  enum Kind { TRANSFER, INHERITANCE, TOO_MANY, UNKNOWN, OTHER_ORGANIZATION, COLLECTIVE, EARLY }

  @Property(tries = 300)
  void operationsKeepEveryTotalAndNeverMakeAHoldingNegative(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 12) int persons,
      @ForAll @IntRange(min = 0, max = 40) int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Holding> holdings = new ArrayList<>();
    Map<String, String> organizationOf = new HashMap<>();
    for (int p = 0; p < persons; p++) {
      organizationOf.put("p" + p, ORG);
      if (random.nextInt(4) > 0) {
        holdings.add(new Holding("p" + p, "population", random.nextLong(1, 30)));
      }
      if (random.nextInt(3) == 0) {
        holdings.add(new Holding("p" + p, "farmAge", random.nextLong(1, 40)));
      }
    }
    holdings.add(new Holding(ORG, "collective", random.nextLong(1, 50)));
    organizationOf.put("x1", "org2");
    LocalDate start = LocalDate.of(2020, 12, 31);
    ShareRegister first = new ShareRegister(ORG, start, CLASSES, ImmutableList.copyOf(holdings));
    ShareBook book = ShareBook.open(first, organizationOf, Schemes.VERSION);
    LocalDate day = start;
    int applied = 0;
    for (int s = 0; s < steps; s++) {
      day = day.plusDays(random.nextInt(30));
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      RegisterOperation op = operation(kind, book, random, persons, day);
      if (op == null) {
        continue;
      }
      if (kind == Kind.TRANSFER || kind == Kind.INHERITANCE) {
        ShareBook before = book;
        book = book.apply(op);
        applied++;
        OperationRecord record = book.log().get(book.log().size() - 1);
        assertThat(record.operation()).isEqualTo(op);
        assertThat(record.sequence()).isEqualTo(applied);
        assertThat(record.changes().stream().mapToLong(ShareChange::delta).sum()).isZero();
        record.changes().forEach(c -> assertThat(c.before())
            .isEqualTo(before.sharesOf(c.holderId(), c.shareClassId())));
      } else {
        ShareBook unchanged = book;
        assertThatThrownBy(() -> unchanged.apply(op)).as(kind + ": " + op)
            .isInstanceOf(ConflictException.class);
      }
      assertThat(book.register().totalsByClass()).isEqualTo(first.totalsByClass());
      assertThat(book.register().holdings()).allSatisfy(h -> assertThat(h.shares()).isPositive());
      assertThat(book.log()).hasSize(applied);
    }
  }

  /** An operation of {@code kind} on the book as it stands, or null if none can be made. */
  private static RegisterOperation operation(Kind kind, ShareBook book, SplittableRandom random,
      int persons, LocalDate day) {
    List<Holding> held = book.register().holdings().stream()
        .filter(h -> !h.holderId().equals(ORG)).toList();
    if (held.isEmpty()) {
      return null;
    }
    Holding h = held.get(random.nextInt(held.size()));
    String other = "p" + random.nextInt(persons);
    if (other.equals(h.holderId())) {
      return null;
    }
    String why = "成员大会决议 " + day;
    return switch (kind) {
      case TRANSFER -> new Transfer(day, why, h.holderId(), other, h.shareClassId(),
          random.nextLong(1, h.shares() + 1));
      case TOO_MANY -> new Transfer(day, why, h.holderId(), other, h.shareClassId(),
          h.shares() + random.nextLong(1, 10));
      case UNKNOWN -> new Transfer(day, why, h.holderId(), "nobody", h.shareClassId(), 1);
      case OTHER_ORGANIZATION -> random.nextBoolean()
          ? new Transfer(day, why, h.holderId(), "x1", h.shareClassId(), 1)
          : new Inheritance(day, why, h.holderId(), ImmutableList.of(other, "x1"));
      case COLLECTIVE -> random.nextBoolean()
          ? new Transfer(day, why, ORG, other, "collective", 1)
          : new Transfer(day, why, h.holderId(), ORG, h.shareClassId(), 1);
      case EARLY -> new Transfer(book.register().asOf().minusDays(1), why, h.holderId(), other,
          h.shareClassId(), 1);
      case INHERITANCE -> {
        List<String> heirs = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
          if (!("p" + p).equals(h.holderId()) && random.nextInt(3) == 0) {
            heirs.add("p" + p);
          }
        }
        yield heirs.isEmpty() ? null
            : new Inheritance(day, why, h.holderId(), ImmutableList.copyOf(heirs));
      }
    };
  }
}
