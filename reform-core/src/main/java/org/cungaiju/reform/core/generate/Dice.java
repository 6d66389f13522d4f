package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: a {@link SplittableRandom} seeded by the options, with
 * the draws the generator needs. Chances are whole per-mille or per-cent figures, never
 * floating point, so a seed gives the same draws on every JVM.
 */
final class Dice {
  private final SplittableRandom random;

  Dice(SplittableRandom random) {
    this.random = random;
  }

  /** An independent stream, so that one part's draws never shift another's. */
  Dice split() {
    return new Dice(random.split());
  }

  /** Any {@code long}, each as likely: a seed for something else. */
  long seed() {
    return random.nextLong();
  }

  /** A whole number from {@code low} to {@code high}, both inclusive. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A whole number from {@code low} to {@code high}, both inclusive. */
  long between(long low, long high) {
    return low + random.nextLong(high - low + 1);
  }

  /** True {@code percent} times in a hundred. */
  boolean percent(int percent) {
    return random.nextInt(100) < percent;
  }

  /** True {@code perMille} times in a thousand. */
  boolean perMille(int perMille) {
    return random.nextInt(1000) < perMille;
  }

  /** One of {@code items}, each as likely. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A day from {@code from} to {@code to}, both inclusive; {@code from} if the range is empty. */
  LocalDate day(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
  }

  /** A day in the year {@code year}. */
  LocalDate dayIn(int year) {
    return day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
