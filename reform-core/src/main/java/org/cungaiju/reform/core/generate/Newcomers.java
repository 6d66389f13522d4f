package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.id.Sex;

/**
 * Households that did not grow from the village's lineages: families whose registration moved
 * in (bought a home, joined relatives, or were resettled, 移民安置), whose membership is in
 * question; and non-hukou residents (非户籍常住人口) — single workers, couples and families
 * from other provinces renting rooms, with no registration and no organization here.
 */
final class Newcomers {
  private static final LocalDate RENTING_FROM = LocalDate.of(2005, 1, 1);

  private final World w;
  private final Dice dice;
  private final LifeEvents events;

  Newcomers(World w) {
    this.w = w;
    this.dice = w.dice;
    this.events = new LifeEvents(w);
  }

  /** A family whose registration moved into {@code group}'s area; one household. */
  List<Home> arrivedFamily(int group) {
    boolean resettled = dice.percent(20);
    LocalDate moved = resettled
        ? dice.day(LocalDate.of(1995, 1, 1), earlier(LocalDate.of(2010, 12, 31), w.asOf))
        : dice.day(LocalDate.of(2003, 1, 1), w.asOf);
    LocalDate headBirth = moved.minusYears(dice.between(25, 50)).minusDays(dice.between(0, 364));
    Life head = w.lifeUntil(Life.Origin.ARRIVED, Sex.MALE, headBirth, Names.SURNAMES.draw(dice),
        w.incomerCode(headBirth), w.asOf);
    Home home = w.home(head, false);
    List<Life> family = new ArrayList<>();
    family.add(head);
    LocalDate wifeBirth = headBirth.plusYears(dice.between(-2, 5)).plusDays(dice.between(0, 364));
    LocalDate married = later(head.birthday(22), wifeBirth.plusYears(20))
        .plusDays(dice.between(0, 1500));
    if (dice.percent(85) && !married.isAfter(moved)) {
      Life wife = w.lifeUntil(Life.Origin.ARRIVED, Sex.FEMALE, wifeBirth,
          Names.SURNAMES.draw(dice), w.incomerCode(wifeBirth), moved);
      wife.spouse = head;
      head.spouse = wife;
      wife.marriage = married;
      head.marriage = married;
      family.add(wife);
      LocalDate next = married.plusDays(dice.between(300, 1100));
      for (int i = dice.between(0, 2); i > 0 && !next.isAfter(w.asOf)
          && wife.ageOn(next) <= 42 && wife.isAliveOn(next); i--) {
        boolean bornHere = next.isAfter(moved);
        Sex sex = dice.percent(52) ? Sex.MALE : Sex.FEMALE;
        Life child = w.life(Life.Origin.ARRIVED, sex, next, head.surname,
            bornHere ? w.nativeCode(next) : w.incomerCode(next));
        child.father = head;
        child.mother = wife;
        head.children.add(child);
        wife.children.add(child);
        family.add(child);
        next = next.plusDays(dice.between(400, 1800));
      }
    }
    String note = resettled ? "移民安置入户" : dice.percent(60) ? "购房入户" : "投靠亲属入户";
    for (Life l : family) {
      l.group = group;
      l.home = home;
      if (!l.birth.isAfter(moved)) {
        l.arrival = moved;
        if (resettled) {
          l.record(PersonEventType.RESETTLEMENT, moved, null, "政府组织移民安置");
        }
        l.record(PersonEventType.HUKOU_IN, moved, null, note);
        if (l.ageOn(moved) >= 18 && dice.percent(25)) {
          LocalDate decided = dice.day(moved.plusYears(1), w.asOf);
          l.record(PersonEventType.ASSEMBLY_ADMISSION, decided,
              "成员大会决议〔" + decided.getYear() + "〕" + dice.between(1, 12) + "号", null);
        }
      }
      events.decorate(l);
      l.included = l.death == null || !l.death.isBefore(w.asOf.minusYears(20));
      if (l.included) {
        home.members.add(l);
      }
    }
    home.settle(w.asOf);
    return List.of(home);
  }

  /** A household of non-hukou residents renting here. */
  Home nonHukouHousehold() {
    int kind = dice.between(1, 100);
    boolean couple = kind > 35 && kind <= 90;
    boolean kids = kind > 55;
    String code = w.migrantCode();
    Sex firstSex = couple || dice.percent(65) ? Sex.MALE : Sex.FEMALE;
    LocalDate birth = w.asOf.minusYears(dice.between(19, 58)).minusDays(dice.between(0, 364));
    Life first = migrant(firstSex, birth, Names.NATIONAL_SURNAMES.draw(dice), code);
    Home home = w.home(first, true);
    LocalDate renting = earlier(RENTING_FROM, w.asOf.minusYears(5));
    LocalDate arrived = dice.day(later(renting, first.birthday(16)), w.asOf);
    List<Life> household = new ArrayList<>();
    household.add(first);
    Life father = firstSex == Sex.MALE ? first : null;
    Life mother = firstSex == Sex.FEMALE ? first : null;
    if (couple) {
      LocalDate wifeBirth = w.bornBy(
          birth.plusYears(dice.between(-1, 5)).plusDays(dice.between(0, 364)),
          w.asOf.minusYears(19));
      mother = migrant(Sex.FEMALE, wifeBirth, Names.NATIONAL_SURNAMES.draw(dice),
          dice.percent(80) ? code : w.migrantCode());
      mother.spouse = first;
      first.spouse = mother;
      household.add(mother);
    }
    if (kids && mother != null) {
      LocalDate from = later(mother.birthday(21), w.asOf.minusYears(17));
      for (int i = dice.between(1, 2); i > 0 && !from.isAfter(w.asOf); i--) {
        LocalDate kidBirth = dice.day(from, w.asOf);
        Life kid = migrant(dice.percent(52) ? Sex.MALE : Sex.FEMALE, kidBirth,
            father != null ? father.surname : Names.NATIONAL_SURNAMES.draw(dice),
            mother.residentId.addressCode());
        kid.father = father;
        kid.mother = mother;
        household.add(kid);
      }
    } else if (kids) {
      LocalDate from = later(first.birthday(22), w.asOf.minusYears(17));
      if (!from.isAfter(w.asOf)) {
        Life kid = migrant(dice.percent(52) ? Sex.MALE : Sex.FEMALE, dice.day(from, w.asOf),
            first.surname, code);
        kid.father = father;
        household.add(kid);
      }
    }
    for (Life l : household) {
      l.home = home;
      events.decorateMigrant(l, later(arrived, l.birth));
      home.members.add(l);
    }
    home.settle(w.asOf);
    return home;
  }

  private Life migrant(Sex sex, LocalDate birth, String surname, String code) {
    return w.lifeUntil(Life.Origin.NON_HUKOU, sex, birth, surname, code, w.asOf);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
