package org.cungaiju.reform.core.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws exactly the number of households asked for: local households from village lineages
 * (and now and then a family that moved in) until the local share is reached, the last lineage
 * cut short if need be, then the households of non-hukou residents.
 */
final class Population {
  private static final int ARRIVED_PERCENT = 5;

  private Population() {}

  /** The households in dossier order, each with its members settled (head first). */
  static List<Home> draw(World w, int households, int groups, int nonHukouPercent) {
    int nonHukou = (int) ((long) households * nonHukouPercent / 100);
    int local = households - nonHukou;
    int lineageGroups = Math.max(groups, 1);
    Newcomers newcomers = new Newcomers(w);
    List<Home> out = new ArrayList<>(households);
    int lineages = 0;
    while (out.size() < local) {
      // the first lineages found one group each, so no group is left empty
      int group = lineages < lineageGroups ? lineages : w.dice.between(0, lineageGroups - 1);
      lineages++;
      List<Home> made = w.dice.percent(ARRIVED_PERCENT)
          ? newcomers.arrivedFamily(group) : new Lineage(w, group).households();
      if (made.isEmpty()) {
        made = newcomers.arrivedFamily(group);
      }
      for (Home u : made) {
        if (out.size() == local) {
          break;
        }
        out.add(u);
      }
    }
    for (int i = 0; i < nonHukou; i++) {
      out.add(newcomers.nonHukouHousehold());
    }
    return out;
  }
}
