package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.id.Sex;

/**
 * The dated facts of a life beyond birth, marriage and moves: collective labour until the
 * household responsibility system, farming until the land was taken, study, army service,
 * migrant work, business, civil service, Party membership, credit discipline, convictions,
 * emigration, withdrawal, divorce, widowhood and death — each at a realistic rate and age, and
 * only within the life and before the dossier's date.
 */
final class LifeEvents {
  private static final LocalDate COLLECTIVES_FORMED = LocalDate.of(1956, 1, 1);
  private static final LocalDate CREDIT_SYSTEM = LocalDate.of(2015, 1, 1);

  private final World w;
  private final Dice dice;

  LifeEvents(World w) {
    this.w = w;
    this.dice = w.dice;
  }

  /** The facts of someone registered in the community (native, married, adopted or moved in). */
  void decorate(Life l) {
    labourAndFarming(l);
    schoolAndWork(l);
    civic(l, 70, 8);
    if (l.sex == Sex.MALE && dice.perMille(6)) {
      LocalDate convicted = aged(l, 20, 50);
      if (l.record(PersonEventType.CRIMINAL_CONVICTION, convicted)) {
        l.record(PersonEventType.IMPRISONMENT, convicted.plusDays(dice.between(1, 60)));
        l.away |= convicted.isAfter(w.asOf.minusYears(3));
      }
    } else if (dice.perMille(3)) {
      l.record(PersonEventType.CRIMINAL_CONVICTION, aged(l, 18, 60));
    }
    if (l.origin == Life.Origin.NATIVE && dice.perMille(4)) {
      // 侨乡: some emigrate and take another nationality; their registration is cancelled
      l.nationalityLost = l.record(PersonEventType.NATIONALITY_LOST,
          aged(l, 25, 60), null, "出国定居并加入外国国籍");
    }
    if (dice.perMille(2)) {
      LocalDate withdrew = dice.day(LocalDate.of(2020, 1, 1), w.asOf);
      if (l.ageOn(withdrew) >= 18) {
        l.record(PersonEventType.VOLUNTARY_WITHDRAWAL, withdrew, null, "书面申请，经成员大会同意");
      }
    }
    if (dice.perMille(1)) {
      l.record(PersonEventType.CHARTER_GROUND, dice.day(LocalDate.of(2010, 1, 1), w.asOf));
    }
    marriageEnds(l);
    if (l.death != null) {
      l.record(PersonEventType.DEATH, l.death);
    }
  }

  /** The facts of a non-hukou resident who came to live here on {@code arrived}. */
  void decorateMigrant(Life l, LocalDate arrived) {
    l.record(PersonEventType.RESIDENCE_START, arrived);
    if (dice.percent(75)) {
      LocalDate permit = arrived.plusDays(dice.between(30, 400));
      if (l.ageOn(permit) >= 16) {
        l.record(PersonEventType.RESIDENCE_PERMIT, permit, null, "广东省居住证");
      }
    }
    civic(l, 90, 40);
    if (dice.percent(3)) {
      l.record(PersonEventType.CRIMINAL_CONVICTION, aged(l, 18, 45));
    }
    if (l.sex == Sex.MALE && dice.percent(25)) {
      l.record(PersonEventType.MIGRANT_WORK, aged(l, 17, 25));
    }
  }

  /** Party membership and credit discipline, at rates per mille of adults. */
  private void civic(Life l, int partyPerMille, int disciplinePerMille) {
    if (dice.perMille(partyPerMille)) {
      l.record(PersonEventType.PARTY_MEMBERSHIP, aged(l, 20, 45));
    }
    if (dice.perMille(disciplinePerMille)) {
      LocalDate from = dice.day(CREDIT_SYSTEM, w.asOf);
      if (l.ageOn(from) >= 18 && l.record(PersonEventType.CREDIT_DISCIPLINE, from)
          && dice.percent(40)) {
        l.record(PersonEventType.CREDIT_DISCIPLINE_LIFTED, from.plusDays(dice.between(180, 1100)));
      }
    }
  }

  private void labourAndFarming(Life l) {
    LocalDate start = latest(l.birthday(16), COLLECTIVES_FORMED, l.arrival);
    if (start.isBefore(w.labourEnd) && dice.percent(90)
        && l.record(PersonEventType.LABOUR_START, start)) {
      l.record(PersonEventType.LABOUR_END, w.labourEnd);
    }
    LocalDate farming = later(l.birthday(16), l.arrival);
    if (farming.isBefore(w.landTaken) && dice.percent(80)
        && l.record(PersonEventType.FARMING_START, farming)) {
      LocalDate end = dice.percent(25)
          ? dice.day(farming.plusYears(1), w.landTaken) : w.landTaken;
      l.record(PersonEventType.FARMING_END, end);
    }
  }

  private void schoolAndWork(Life l) {
    int born = l.birth.getYear();
    boolean studied = false;
    if (born >= 1970 && dice.percent(Math.min(60, 12 + (born - 1970) * 2))) {
      LocalDate enrolled = LocalDate.of(born + 18, 9, 1);
      studied = l.record(PersonEventType.STUDY, enrolled, null, "考入高等院校");
      l.away |= studied && w.asOf.isBefore(enrolled.plusYears(4));
      LocalDate graduated = enrolled.plusYears(4).plusDays(dice.between(0, 1095));
      int roll = dice.between(1, 100);
      if (studied && roll <= 4) {
        l.record(PersonEventType.CIVIL_SERVANT, graduated, null, "考录为公务员");
      } else if (studied && roll <= 6) {
        l.record(PersonEventType.CONTRACT_CIVIL_SERVANT, graduated, null, "聘任制公务员");
      }
    }
    if (!studied && l.sex == Sex.MALE && dice.percent(4)) {
      LocalDate enlisted = LocalDate.of(born + dice.between(18, 20), 9, 1);
      l.away |= l.record(PersonEventType.ARMY_SERVICE, enlisted)
          && enlisted.isAfter(w.asOf.minusYears(2));
    }
    if (!studied && dice.percent(18)) {
      LocalDate left = aged(l, 18, 40);
      l.away |= l.record(PersonEventType.MIGRANT_WORK, left, null, "外出务工")
          && left.isAfter(w.asOf.minusYears(6)) && dice.percent(60);
    }
    if (dice.percent(4)) {
      l.record(PersonEventType.BUSINESS, aged(l, 25, 50));
    }
  }

  /** Divorce (recorded on both, once per couple) and widowhood. */
  private void marriageEnds(Life l) {
    Life spouse = l.spouse;
    if (spouse == null || l.marriage == null) {
      return;
    }
    if (l.origin != Life.Origin.MARRIED_IN && dice.perMille(30)) {
      LocalDate last = l.lastDay().isBefore(spouse.lastDay()) ? l.lastDay() : spouse.lastDay();
      LocalDate date = dice.day(l.marriage.plusYears(2), last);
      if (!date.isAfter(last) && l.record(PersonEventType.DIVORCE, date)) {
        spouse.record(PersonEventType.DIVORCE, date);
        l.divorced = true;
        spouse.divorced = true;
      }
    }
    if (!l.divorced && spouse.death != null && l.isAliveOn(spouse.death)) {
      l.record(PersonEventType.WIDOWHOOD, spouse.death);
    }
  }

  /** A day in the life when the person is {@code from} to {@code to} years old. */
  private LocalDate aged(Life l, int from, int to) {
    return l.birthday(dice.between(from, to)).plusDays(dice.between(0, 364));
  }

  private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
    return later(later(a, b), c);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
