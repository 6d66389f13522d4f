package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.core.data.BuiltInData;
import org.cungaiju.reform.core.data.CountyProfile;

/**
 * What every part of the population draws on: the dice, the id issuer, the dossier's date, the
 * county's history of codes, the community's own dates, and a counter that orders lives and
 * households as they are made.
 */
final class World {

  /** Other Guangdong counties people marry in or move from (codes in use since 1994). */
  static final ImmutableList<String> OTHER_GUANGDONG = ImmutableList.of(
      "440803", "440883", "441581", "445281", "440981", "441881", "441702", "445302", "441302");

  /** Counties of other provinces that send many workers to Jiangmen, by weight. */
  static final Weighted<String> OTHER_PROVINCES = Weighted.of(
      "430421", 20, "450821", 20, "450881", 15, "450102", 5, "511321", 12, "511322", 8,
      "510104", 3, "522601", 10, "520102", 4, "360102", 8, "410102", 6, "420102", 6);

  /** The counties of Jiangmen a spouse may come from. */
  private static final ImmutableList<County> JIANGMEN = ImmutableList.of(County.PENGJIANG,
      County.JIANGHAI, County.XINHUI, County.TAISHAN, County.KAIPING, County.HESHAN,
      County.ENPING);

  /** Resident ids were first issued in 1984; older people carry the code of that time. */
  private static final int FIRST_ISSUE_YEAR = 1984;

  /** Districts without recorded codes before 1995 are not drawn for ids issued earlier. */
  private static final int RECORDED_SINCE = 1995;

  final Dice dice;
  final Codes codes;
  final LocalDate asOf;
  final CountyProfile county;
  /** The end of collective labour (the household responsibility system came in). */
  final LocalDate labourEnd;
  /** The day the last farmland was taken for the city; farming ended with it. */
  final LocalDate landTaken;
  private final List<String> groupSurnames = new ArrayList<>();
  private int order;

  World(Dice dice, Codes codes, LocalDate asOf, County county, int groups) {
    this.dice = dice;
    this.codes = codes;
    this.asOf = asOf;
    this.county = BuiltInData.county(county);
    this.labourEnd = LocalDate.of(dice.between(1980, 1983), 12, 31);
    this.landTaken = dice.day(LocalDate.of(1998, 1, 1), LocalDate.of(2012, 12, 31));
    List<String> stock = new ArrayList<>(Names.LINEAGE_SURNAMES);
    for (int g = 0; g < Math.max(groups, 1); g++) {
      if (stock.isEmpty()) {
        stock.addAll(Names.LINEAGE_SURNAMES);
      }
      groupSurnames.add(stock.remove(dice.between(0, stock.size() - 1)));
    }
  }

  int nextOrder() {
    return order++;
  }

  /** The surname a lineage of {@code group} carries: mostly the group's own. */
  String lineageSurname(int group) {
    return dice.percent(60) ? groupSurnames.get(Math.max(group, 0)) : Names.SURNAMES.draw(dice);
  }

  /** The code a native of the county born on {@code birth} carries. */
  String nativeCode(LocalDate birth) {
    return county.codeInUse(Math.max(birth.getYear(), FIRST_ISSUE_YEAR)).value();
  }

  /** The code of someone from elsewhere, who married or moved in. */
  String incomerCode(LocalDate birth) {
    int issued = Math.max(birth.getYear(), FIRST_ISSUE_YEAR);
    int roll = dice.between(1, 100);
    if (roll <= 40) {
      return county.codeInUse(issued).value();
    }
    if (roll <= 70) {
      County from;
      do {
        from = dice.pick(JIANGMEN);
      } while (from == county.county()
          || (issued < RECORDED_SINCE && BuiltInData.county(from).historicalCodes().isEmpty()));
      return BuiltInData.county(from).codeInUse(issued).value();
    }
    return roll <= 85 ? dice.pick(OTHER_GUANGDONG) : OTHER_PROVINCES.draw(dice);
  }

  /** The current code of a county where another collective, such as a husband's, lies. */
  String collectiveCountyCode() {
    int roll = dice.between(1, 100);
    if (roll <= 60) {
      return dice.pick(JIANGMEN).code();
    }
    return roll <= 85 ? dice.pick(OTHER_GUANGDONG) : OTHER_PROVINCES.draw(dice);
  }

  /** The code of a non-hukou resident: another province, or another part of Guangdong. */
  String migrantCode() {
    return dice.percent(75) ? OTHER_PROVINCES.draw(dice) : dice.pick(OTHER_GUANGDONG);
  }

  /**
   * {@code drawn}, or a birth date no later than {@code latest} if it is later: {@code latest}
   * itself, or for a city (see {@link Codes#spreadsBirthDates}) as many days before it as
   * {@code drawn} is after it, so that such births spread over the days before the limit.
   */
  LocalDate bornBy(LocalDate drawn, LocalDate latest) {
    if (!drawn.isAfter(latest)) {
      return drawn;
    }
    return codes.spreadsBirthDates()
        ? latest.minusDays(ChronoUnit.DAYS.between(latest, drawn)) : latest;
  }

  /** A new life, its death drawn from a life table; alive if that falls after the dossier. */
  Life life(Life.Origin origin, Sex sex, LocalDate birth, String surname, String addressCode) {
    String name = surname + Names.givenName(dice, sex, birth.getYear());
    Life l = new Life(nextOrder(), origin, sex, birth, surname, name,
        codes.residentId(addressCode, birth, sex), asOf);
    LocalDate death = birth.plusYears(ageAtDeath()).plusDays(dice.between(0, 364));
    l.death = death.isAfter(asOf) ? null : death;
    return l;
  }

  /** A life that lives at least until {@code date}. */
  Life lifeUntil(Life.Origin origin, Sex sex, LocalDate birth, String surname,
      String addressCode, LocalDate date) {
    Life l = life(origin, sex, birth, surname, addressCode);
    if (l.death != null && !l.death.isAfter(date)) {
      LocalDate later = date.plusDays(dice.between(1, 40 * 365));
      l.death = later.isAfter(asOf) ? null : later;
    }
    return l;
  }

  private int ageAtDeath() {
    int roll = dice.between(1, 1000);
    if (roll <= 30) {
      return dice.between(0, 49);
    }
    if (roll <= 150) {
      return dice.between(50, 69);
    }
    if (roll <= 600) {
      return dice.between(70, 84);
    }
    if (roll <= 950) {
      return dice.between(85, 94);
    }
    return dice.between(95, 101);
  }

  /** A household made now, in order. */
  Home home(Life owner, boolean nonHukou) {
    return new Home(nextOrder(), owner, nonHukou);
  }
}
