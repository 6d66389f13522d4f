package org.cungaiju.reform.core.generate;

import com.google.common.math.IntMath;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;

/**
 * One walk through a city: draws each community's county, code and shape in turn and makes its
 * dossier. Holds no dossier; what it keeps does not grow with the number of communities. Not
 * thread-safe.
 */
final class City implements Iterator<Dossier> {

  private static final List<County> COUNTIES = List.of(County.PENGJIANG, County.JIANGHAI,
      County.XINHUI, County.TAISHAN, County.KAIPING, County.HESHAN, County.ENPING);

  /** Residents' committees a street may number: 001 to 199. */
  private static final int COMMITTEES = 199;

  /** Streets a county may number: 001 to 099. */
  private static final int STREETS = 99;

  /** About how many communities a street has. */
  private static final int COMMUNITIES_PER_STREET = 15;

  private static final int MIN_GROUPS = 3;
  private static final int MAX_GROUPS = 15;

  /**
   * Members per 100 local households, as the municipal default decides them: the generator's
   * households hold about 2.75 members (measured over its own output, not a census figure).
   */
  private static final int MEMBERS_PER_100_HOUSEHOLDS = 275;

  private final CityOptions options;
  private final Dice dice;
  private final CityCodes.Issued issued;
  private final int[] left = new int[COUNTIES.size()];
  private final Numbering[] codes = new Numbering[COUNTIES.size()];
  private int made;

  City(CityOptions options) {
    this.options = options;
    Dice root = new Dice(new SplittableRandom(options.seed()));
    this.dice = root.split();
    this.issued = new CityCodes.Issued(root.seed());
    Dice numbering = root.split();
    int n = options.communities();
    for (int c = 0; c < COUNTIES.size(); c++) {
      left[c] = n / COUNTIES.size() + (c < n % COUNTIES.size() ? 1 : 0);
      int streets = Math.min(STREETS, Math.max(1, IntMath.divide(left[c],
          COMMUNITIES_PER_STREET, RoundingMode.CEILING)));
      codes[c] = new Numbering(numbering, streets * COMMITTEES);
    }
  }

  @Override
  public boolean hasNext() {
    return made < options.communities();
  }

  @Override
  public Dossier next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the city's " + options.communities()
          + " communities have all been made");
    }
    int c = county();
    left[c]--;
    made++;
    County county = COUNTIES.get(c);
    int place = codes[c].next();
    DivisionCode code = new DivisionCode(county.code()
        + Ids.of("", place / COMMITTEES + 1, 3) + Ids.of("", place % COMMITTEES + 1, 3));
    int groups = dice.between(MIN_GROUPS, MAX_GROUPS);
    int members = 0;
    for (int g = 0; g < groups; g++) {
      members += options.membersPerGroup() * dice.between(70, 130) / 100;
    }
    int nonHukou = dice.between(5, 35);
    int local = Math.max(groups, members * 100 / MEMBERS_PER_100_HOUSEHOLDS);
    GeneratorOptions community = GeneratorOptions.builder()
        .seed(dice.seed())
        .county(county)
        .asOf(options.asOf())
        .households(local * 100 / (100 - nonHukou))
        .groups(groups)
        .nonHukouPercent(nonHukou)
        .registers(true)
        .finances(true)
        .lossYear(dice.percent(10))
        .ledger(true)
        .dedicatedGrids(true)
        .communityCode(code)
        .build();
    return DossierGenerator.generate(community, d -> new CityCodes(d, issued));
  }

  /** The index of the next community's county: each as likely as its communities still left. */
  private int county() {
    int roll = dice.between(1, options.communities() - made);
    int c = 0;
    while (roll > left[c]) {
      roll -= left[c];
      c++;
    }
    return c;
  }

  /** A permutation of 0 to {@code size - 1}, walked one value at a time. */
  private static final class Numbering {
    private final int size;
    private final int step;
    private int at;

    Numbering(Dice dice, int size) {
      this.size = size;
      this.at = dice.between(0, size - 1);
      int s = dice.between(1, size);
      while (IntMath.gcd(s, size) != 1) {
        s++;
      }
      this.step = s;
    }

    int next() {
      int value = at;
      at = (int) ((at + (long) step) % size);
      return value;
    }
  }
}
