package org.cungaiju.reform.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.Sex;

/**
 * One village lineage, from a founder born 62 to 100 years before the dossier's date down to
 * his great-grandchildren: sons marry in wives and set up households, daughters mostly marry
 * out (some keeping their registration, 外嫁女), a few take in a husband (招赘); elderly
 * parents often move in with a son. Records drop the long dead and most who moved away.
 */
final class Lineage {
  private static final int NEVER_MARRIED_PERCENT = 12;
  private static final int UXORILOCAL_PERCENT = 4;
  private static final int ADOPTED_PER_MILLE = 4;
  private static final int KEEPS_DEAD_YEARS = 20;

  private final World w;
  private final Dice dice;
  private final int group;
  private final List<Life> lives = new ArrayList<>();
  private final List<Home> homes = new ArrayList<>();

  Lineage(World w, int group) {
    this.w = w;
    this.dice = w.dice;
    this.group = group;
  }

  /**
   * Draws the lineage; its households, parents' before children's, each with someone alive and
   * registered in it.
   */
  List<Home> households() {
    LocalDate birth = dice.dayIn(w.asOf.getYear() - dice.between(62, 100));
    Life founder = nativeBorn(Sex.MALE, birth, w.lineageSurname(group), null, null);
    if (founder.home == null) {
      founder.home = newHome(founder);
    }
    LifeEvents events = new LifeEvents(w);
    for (Life l : lives) {
      events.decorate(l);
    }
    for (Life l : lives) {
      l.included = l.hukouOut
          ? dice.percent(12)
          : l.death == null || !l.death.isBefore(w.asOf.minusYears(KEEPS_DEAD_YEARS));
      if (l.included) {
        l.home.members.add(l);
      }
    }
    List<Home> out = new ArrayList<>();
    for (Home u : homes) {
      mergeIfElderly(u);
      if (u.isLive() && !u.inTheBook().isEmpty()) {
        out.add(u);
      }
    }
    for (Home u : out) {
      u.settle(w.asOf);
    }
    return out;
  }

  private Home newHome(Life owner) {
    Home u = w.home(owner, false);
    homes.add(u);
    return u;
  }

  /** A child of the lineage; lives its life at once: marriage, children, theirs. */
  private Life nativeBorn(Sex sex, LocalDate birth, String surname, Life father, Life mother) {
    Life child = w.life(Life.Origin.NATIVE, sex, birth, surname, w.nativeCode(birth));
    join(child, father, mother);
    live(child);
    return child;
  }

  private void join(Life child, Life father, Life mother) {
    child.father = father;
    child.mother = mother;
    child.group = group;
    if (father != null) {
      father.children.add(child);
    }
    if (mother != null) {
      mother.children.add(child);
    }
    Life home = child.homeParent();
    child.home = home == null ? null : home.home;
    lives.add(child);
  }

  private void live(Life p) {
    if (dice.percent(NEVER_MARRIED_PERCENT)) {
      return;
    }
    boolean man = p.sex == Sex.MALE;
    LocalDate m = p.birthday(man ? dice.between(22, 31) : dice.between(21, 29))
        .plusDays(dice.between(0, 364));
    if (!p.within(m)) {
      return;
    }
    p.marriage = m;
    if (man || dice.percent(UXORILOCAL_PERCENT)) {
      Life spouse = marryIn(p, m);
      p.home = newHome(p);
      spouse.home = p.home;
      Life father = man ? p : spouse;
      Life mother = man ? spouse : p;
      children(father, mother, m, man ? null : p.surname);
    } else {
      marryOut(p, m);
    }
  }

  /** The spouse who marries into {@code p}'s household on {@code m}. */
  private Life marryIn(Life p, LocalDate m) {
    Sex sex = p.sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    int minimumAge = sex == Sex.FEMALE ? 20 : 22;
    LocalDate birth = sex == Sex.FEMALE
        ? p.birth.plusYears(dice.between(-1, 6)).plusDays(dice.between(0, 364))
        : p.birth.minusYears(dice.between(0, 6)).minusDays(dice.between(0, 364));
    if (birth.isAfter(m.minusYears(minimumAge))) {
      birth = m.minusYears(minimumAge).minusDays(dice.between(0, 730));
    }
    String surname = Names.SURNAMES.draw(dice);
    if (surname.equals(p.surname)) {
      surname = Names.SURNAMES.draw(dice);
    }
    Life spouse = w.lifeUntil(Life.Origin.MARRIED_IN, sex, birth, surname,
        w.incomerCode(birth), m);
    spouse.group = group;
    spouse.spouse = p;
    p.spouse = spouse;
    spouse.marriage = m;
    spouse.arrival = m;
    lives.add(spouse);
    spouse.record(PersonEventType.MARRIAGE_IN, m);
    spouse.record(PersonEventType.HUKOU_IN, m.plusDays(dice.between(0, 300)), null, "婚迁入户");
    return spouse;
  }

  /** A daughter marries out (外嫁): she keeps her registration here, or moves it away. */
  private void marryOut(Life p, LocalDate m) {
    p.marriedOut = true;
    p.record(PersonEventType.MARRIAGE_OUT, m);
    if (!dice.percent(m.getYear() >= 1990 ? 30 : 10)) {
      p.hukouOut = true;
      p.record(PersonEventType.HUKOU_OUT, m.plusDays(dice.between(0, 180)), null, "婚迁");
      return;
    }
    if (dice.percent(30)) {
      String elsewhere = w.codes.creditCode(RegistrationType.GROUP_COLLECTIVE,
          new DivisionCode(w.collectiveCountyCode())).value();
      p.record(PersonEventType.MEMBER_ELSEWHERE, m.plusDays(dice.between(0, 5 * 365)),
          elsewhere, "在夫家所在集体经济组织取得成员身份");
    }
    p.away = dice.percent(85);
    if (dice.percent(40)) {
      // children registered with their mother; their father is not of the community
      children(null, p, m, Names.SURNAMES.draw(dice));
    }
  }

  /**
   * The couple's children, born from soon after the marriage while the mother is at most 42;
   * as many as the mother's generation had. {@code surname} is the children's surname when it
   * is not the father's (null to take his).
   */
  private void children(Life father, Life mother, LocalDate m, String surname) {
    int born = mother.birth.getYear();
    int count;
    if (born < 1945) {
      count = dice.between(3, 6);
    } else if (born < 1960) {
      count = dice.between(2, 5);
    } else if (born < 1975) {
      count = dice.between(1, 3);
    } else if (born < 1990) {
      count = dice.between(1, 2);
    } else {
      count = dice.percent(75) ? dice.between(1, 2) : 0;
    }
    LocalDate next = m.plusDays(dice.between(300, 1100));
    for (int i = 0; i < count; i++) {
      if (next.isAfter(w.asOf) || mother.ageOn(next) > 42 || !mother.isAliveOn(next)
          || (father != null && !father.isAliveOn(next))) {
        return;
      }
      Sex sex = dice.percent(52) ? Sex.MALE : Sex.FEMALE;
      String childSurname = surname == null ? father.surname
          : father != null && dice.percent(50) ? father.surname : surname;
      if (dice.perMille(ADOPTED_PER_MILLE)) {
        adopt(father, mother, next, sex, childSurname);
      } else {
        nativeBorn(sex, next, childSurname, father, mother);
      }
      next = next.plusDays(dice.between(400, 1800));
    }
  }

  /** A child born elsewhere and adopted by the couple (收养) before school age. */
  private void adopt(Life father, Life mother, LocalDate birth, Sex sex, String surname) {
    LocalDate adopted = birth.plusDays(dice.between(30, 2000));
    if (adopted.isAfter(w.asOf)) {
      return;
    }
    Life child = w.lifeUntil(Life.Origin.ADOPTED, sex, birth, surname, w.incomerCode(birth),
        adopted);
    join(child, father, mother);
    child.arrival = adopted;
    child.record(PersonEventType.ADOPTION, adopted, null, "依法办理收养登记");
    child.record(PersonEventType.HUKOU_IN, adopted.plusDays(dice.between(0, 90)), null,
        "收养入户");
    live(child);
  }

  /**
   * An elderly couple or widow(er) — or a household none of whose members lives on in its
   * book — moves in with a married son, as is usual; those with no son to take them stay (or,
   * when nobody is left in the book, leave the records).
   */
  private void mergeIfElderly(Home u) {
    if (u.members.isEmpty()) {
      u.dropped = true;
      return;
    }
    List<Life> living = u.inTheBook();
    boolean elderly = !living.isEmpty() && living.size() <= 2
        && living.stream().allMatch(l -> l.ageOn(w.asOf) >= 65);
    if (!living.isEmpty() && !(elderly && dice.percent(55))) {
      return;
    }
    List<Home> sons = new ArrayList<>();
    for (Life child : u.owner.children) {
      if (child.home != null && child.home.owner == child && child.isAlive()
          && child.home.isLive() && child.home != u) {
        sons.add(child.home);
      }
    }
    if (sons.isEmpty()) {
      u.dropped = living.isEmpty();
      return;
    }
    Home target = dice.pick(sons);
    target.members.addAll(u.members);
    u.members.clear();
    u.mergedInto = target;
  }
}
