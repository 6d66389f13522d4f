package org.cungaiju.reform.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate DAY0 = LocalDate.of(2025, 5, 1);

  /** Ranges starting within 20 days of DAY0, up to 10 days long or open. */
  @Provide
  Arbitrary<DateRange> smallRanges() {
    Arbitrary<Integer> from = Arbitraries.integers().between(0, 20);
    Arbitrary<Optional<Integer>> length = Arbitraries.integers().between(1, 10).optional(0.7);
    return Combinators.combine(from, length).as((f, l) -> new DateRange(DAY0.plusDays(f),
        l.map(n -> DAY0.plusDays(f + n))));
  }

  @Test
  void refusesAnEmptyRange() {
    for (LocalDate to : new LocalDate[] {DAY0, DAY0.minusDays(1)}) {
      Violation v = refused(() -> DateRange.of(DAY0, to)).violations().get(0);
      assertThat(v.path()).isEqualTo("to");
      assertThat(v.value()).isEqualTo(to.toString());
      assertThat(v.problem()).contains("is not after from 2025-05-01");
      assertThat(v.accepted()).contains("an end date after the start date");
    }
    assertThat(DateRange.of(DAY0, DAY0.plusDays(1)).contains(DAY0)).isTrue();
  }

  @Test
  void includesItsStartAndExcludesItsEnd() {
    DateRange may = DateRange.of(DAY0, LocalDate.of(2025, 6, 1));
    assertThat(may.contains(DAY0)).isTrue();
    assertThat(may.contains(LocalDate.of(2025, 5, 31))).isTrue();
    assertThat(may.contains(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(may.contains(LocalDate.of(2025, 4, 30))).isFalse();
    assertThat(may.isOpen()).isFalse();
    DateRange open = DateRange.startingAt(DAY0);
    assertThat(open.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(open.contains(LocalDate.of(2025, 4, 30))).isFalse();
    assertThat(open.isOpen()).isTrue();
  }

  @Test
  void readsAsAHalfOpenInterval() {
    assertThat(DateRange.of(DAY0, LocalDate.of(2026, 1, 1))).hasToString("[2025-05-01, 2026-01-01)");
    assertThat(DateRange.startingAt(DAY0)).hasToString("[2025-05-01, …)");
  }

  @Property
  void normalisationIsIdempotent(@ForAll("smallRanges") DateRange r) {
    assertThat(new DateRange(r.from(), r.to())).isEqualTo(r);
  }

  @Property
  void overlapsIsSymmetric(@ForAll("smallRanges") DateRange a, @ForAll("smallRanges") DateRange b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    assertThat(a.overlaps(a)).isTrue();
  }

  @Property
  void overlapIffSomeDateIsInBoth(
      @ForAll("smallRanges") DateRange a, @ForAll("smallRanges") DateRange b) {
    // every range starts before day 21 and a closed one ends by day 31, so a common date, if
    // there is one, lies in the first 61 days
    boolean someDateInBoth = IntStream.range(0, 61)
        .mapToObj(DAY0::plusDays)
        .anyMatch(d -> a.contains(d) && b.contains(d));
    assertThat(a.overlaps(b)).isEqualTo(someDateInBoth);
  }

  @Property
  void containsADayIffItOverlapsThatDay(
      @ForAll("smallRanges") DateRange r, @ForAll @IntRange(min = -5, max = 40) int offset) {
    LocalDate day = DAY0.plusDays(offset);
    assertThat(r.contains(day)).isEqualTo(r.overlaps(DateRange.of(day, day.plusDays(1))));
  }
}
