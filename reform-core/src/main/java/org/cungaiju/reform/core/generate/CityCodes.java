package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.Sex;

/**
 * The identity numbers of one community of a city, unique across the whole city: each free
 * part of a number is taken in turn from a counter the city keeps for its prefix, through a
 * fixed permutation so that the numbers look drawn rather than counted.
 *
 * <p>What the city keeps does not grow with the number of communities: one small table of
 * counters per address code and birth year (the generator uses a few dozen address codes over
 * little more than a century), and one counter per registration type and county for the
 * organizations.
 */
final class CityCodes extends Codes {

  /** Resident-id sequences a day, per address code and sex. */
  private static final int SEQUENCES = 500;

  /** Organization-code serials, per registration type and county. */
  private static final int SERIALS = 1_000_000;

  // steps prime to SEQUENCES and SERIALS, so that stepping visits every value once
  private static final int SEQUENCE_STEP = 193;
  private static final int SERIAL_STEP = 7_919;

  private final Issued issued;

  CityCodes(Dice dice, Issued issued) {
    super(dice);
    this.issued = issued;
  }

  @Override
  int sequence(String addressCode, LocalDate birth, Sex sex) {
    return issued.sequence(addressCode, birth, sex);
  }

  @Override
  boolean spreadsBirthDates() {
    return true;
  }

  @Override
  int serial(RegistrationType type, DivisionCode division) {
    return issued.serial(type, division);
  }

  /** What the city has issued so far; one per city, used by one thread. */
  static final class Issued {
    private final long seed;
    // address code and birth year → how many ids were issued for each day of the year and sex
    private final Map<String, short[]> sequences = new HashMap<>();
    private final Map<String, int[]> serials = new HashMap<>();

    Issued(long seed) {
      this.seed = seed;
    }

    int sequence(String addressCode, LocalDate birth, Sex sex) {
      String key = addressCode + birth.getYear();
      short[] counts = sequences.computeIfAbsent(key, k -> new short[366 * 2]);
      int slot = (birth.getDayOfYear() - 1) * 2 + (sex == Sex.MALE ? 1 : 0);
      int n = counts[slot];
      if (n == SEQUENCES) {
        throw new InfeasibleException("the city has more than " + SEQUENCES + " persons of one "
            + "sex born on " + birth + " with the address code " + addressCode
            + ", more than resident ids can number; accepted: a smaller city");
      }
      counts[slot] = (short) (n + 1);
      return step(key.hashCode() * 800L + slot, n, SEQUENCE_STEP, SEQUENCES);
    }

    int serial(RegistrationType type, DivisionCode division) {
      String key = type.code() + division.value();
      int[] count = serials.computeIfAbsent(key, k -> new int[1]);
      int n = count[0];
      if (n == SERIALS) {
        throw new InfeasibleException("the city has more than " + SERIALS + " organizations "
            + "of type " + type.code() + " in " + division.value()
            + ", more than organization codes can number; accepted: a smaller city");
      }
      count[0] = n + 1;
      return step(key.hashCode(), n, SERIAL_STEP, SERIALS);
    }

    /** The {@code n}th value of a permutation of 0 to {@code size - 1} that {@code key} picks. */
    private int step(long key, int n, int step, int size) {
      long start = Math.floorMod(mix(seed ^ mix(key)), size);
      return (int) ((start + (long) n * step) % size);
    }

    /** SplitMix64's finalizer: spreads every bit of {@code z} over the result. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }
  }
}
