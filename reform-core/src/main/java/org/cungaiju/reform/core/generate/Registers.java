package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;

/**
 * A share register as an organization might have quantified it at its charter's base date:
 * ten population shares (人口股) for each person then on its roll, one farm-age share (农龄股)
 * per whole year farmed until then, and collective shares (集体股) of a fifth of those.
 *
 * <p>Who counts as on the roll here is the generator's own rough rule — registered by birth,
 * marriage or adoption (or admitted by the assembly) by the base date, alive then, and not yet
 * gone by a move, membership elsewhere, civil service, emigration or withdrawal. It stands for
 * records made in the past; it is not the library's membership decision.
 */
final class Registers {
  static final int POPULATION_SHARES = 10;
  static final int COLLECTIVE_PERCENT = 20;

  private static final Set<PersonEventType> LEAVING = Sets.immutableEnumSet(PersonEventType.HUKOU_OUT,
      PersonEventType.MEMBER_ELSEWHERE, PersonEventType.CIVIL_SERVANT,
      PersonEventType.NATIONALITY_LOST, PersonEventType.VOLUNTARY_WITHDRAWAL,
      PersonEventType.CHARTER_GROUND, PersonEventType.DEATH);

  private Registers() {}

  /** The register of {@code organizationId} at {@code base}, if anyone was on its roll. */
  static Optional<ShareRegister> quantify(String organizationId, LocalDate base,
      List<Life> lives) {
    ImmutableList<ShareClass> classes = ImmutableList.of(
        new ShareClass("population", ShareClassKind.POPULATION, "人口股"),
        new ShareClass("farmAge", ShareClassKind.FARM_AGE, "农龄股"),
        new ShareClass("collective", ShareClassKind.COLLECTIVE, "集体股"));
    ImmutableList.Builder<Holding> holdings = ImmutableList.builder();
    long total = 0;
    for (Life l : lives) {
      if (!onRoll(l, base)) {
        continue;
      }
      holdings.add(new Holding(l.id, "population", POPULATION_SHARES));
      total += POPULATION_SHARES;
      long farmed = yearsFarmed(l, base);
      if (farmed > 0) {
        holdings.add(new Holding(l.id, "farmAge", farmed));
        total += farmed;
      }
    }
    if (total == 0) {
      return Optional.empty();
    }
    holdings.add(new Holding(organizationId, "collective", total * COLLECTIVE_PERCENT / 100));
    return Optional.of(new ShareRegister(organizationId, base, classes, holdings.build()));
  }

  private static boolean onRoll(Life l, LocalDate base) {
    if (l.id == null || l.birth.isAfter(base) || l.origin == Life.Origin.NON_HUKOU) {
      return false;
    }
    boolean admitted = false;
    for (PersonEvent e : l.events) {
      if (e.date().isAfter(base)) {
        continue;
      }
      if (LEAVING.contains(e.type())) {
        return false;
      }
      admitted |= e.type() == PersonEventType.ASSEMBLY_ADMISSION;
    }
    return l.origin == Life.Origin.NATIVE
        || (l.arrival.isBefore(base) && (l.origin != Life.Origin.ARRIVED || admitted));
  }

  private static long yearsFarmed(Life l, LocalDate base) {
    LocalDate start = null;
    LocalDate end = base;
    for (PersonEvent e : l.events) {
      if (e.type() == PersonEventType.FARMING_START) {
        start = e.date();
      } else if (e.type() == PersonEventType.FARMING_END && e.date().isBefore(end)) {
        end = e.date();
      }
    }
    return start == null || !start.isBefore(end) ? 0 : ChronoUnit.YEARS.between(start, end);
  }
}
