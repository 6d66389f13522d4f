package org.cungaiju.reform.core.grid;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * Generated communities for the planner's properties, each drawn from a seed: arbitrary ones
 * (any shape, oversized units, dedicated grids, some without locations) and ones of the kinds
 * {@link GridPlanner}'s guarantee covers, feasible by construction.
 */
final class Communities {

  private Communities() {}

  /** A community to plan: its units, dedicated grids and standard. */
  record Community(String shape, List<GridUnit> units, List<DedicatedGrid> dedicated,
      GridParameters standard) {

    @Override
    public String toString() {
      return shape + " of " + units.size() + " units, " + dedicated.size() + " dedicated grids, "
          + "standard " + standard.minHouseholds() + "–" + standard.maxHouseholds() + " households, ≤ "
          + standard.maxResidents() + " residents";
    }
  }

  /** Any community: trees with extra links, sparse graphs, holed lattices and stars. */
  static Arbitrary<Community> arbitrary() {
    return Arbitraries.longs().map(Communities::arbitrary);
  }

  /** A street within the guarantee: a path whose cut into grids within bounds exists. */
  static Arbitrary<Community> coveredStreets() {
    return Arbitraries.longs().map(seed -> covered(seed, false));
  }

  /** A full located lattice within the guarantee. */
  static Arbitrary<Community> coveredLattices() {
    return Arbitraries.longs().map(seed -> covered(seed, true));
  }

  static Community arbitrary(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int min = r.nextInt(1, 101);
    int max = min + r.nextInt(0, 201);
    GridParameters p = Units.standard(min, max, r.nextInt(1, 3 * max + 50));
    int n = r.nextInt(1, 71);
    Units.Sketch s = Units.sketch();
    List<String> ids = ids(r, n);
    for (String id : ids) {
      int households = r.nextInt(10) == 0 ? r.nextInt(max, 2 * max + 1) : r.nextInt(0, max / 3 + 2);
      s.unit(id, households, r.nextInt(0, 4 * households + 10));
    }
    String shape;
    switch (r.nextInt(4)) {
      case 0 -> {
        shape = "tree with extra links";
        for (int i = 1; i < n; i++) {
          s.link(ids.get(i), ids.get(r.nextInt(i)));
        }
        for (int k = r.nextInt(0, n / 2 + 1); k > 0 && n > 2; k--) {
          link(s, ids.get(r.nextInt(n)), ids.get(r.nextInt(n)));
        }
      }
      case 1 -> {
        shape = "sparse graph";
        for (int k = r.nextInt(0, n + 1); k > 0 && n > 1; k--) {
          link(s, ids.get(r.nextInt(n)), ids.get(r.nextInt(n)));
        }
      }
      case 2 -> {
        shape = "lattice with holes";
        int width = r.nextInt(1, 10);
        for (int i = 0; i < n; i++) {
          if (i % width > 0 && r.nextInt(8) > 0) {
            s.link(ids.get(i), ids.get(i - 1));
          }
          if (i >= width && r.nextInt(8) > 0) {
            s.link(ids.get(i), ids.get(i - width));
          }
        }
      }
      default -> {
        shape = "star";
        for (int i = 1; i < n; i++) {
          s.link(ids.get(0), ids.get(i));
        }
      }
    }
    if (r.nextBoolean()) {
      int width = r.nextInt(1, 10);
      for (int i = 0; i < n; i++) {
        s.at(ids.get(i), (i % width) * 60L + r.nextInt(3) * 7L, -(i / width) * 45L);
      }
    }
    List<DedicatedGrid> dedicated = new ArrayList<>();
    List<String> free = new ArrayList<>(ids);
    Collections.shuffle(free, new java.util.Random(r.nextLong()));
    for (int k = r.nextInt(3); k > 0 && free.size() > 3; k--) {
      List<String> taken = new ArrayList<>(free.subList(0, r.nextInt(1, 4)));
      free.removeAll(taken);
      dedicated.add(new DedicatedGrid("dg-" + k, "专属" + k, DedicatedGridKind.OTHER,
          ImmutableList.copyOf(taken)));
    }
    return new Community(shape, s.build(), dedicated, p);
  }

  /**
   * A street or full lattice meeting the guarantee's condition: units of at most {@code s ≤
   * (max − min + 2) / 2} households (so an interval of totals exists), residents at most
   * households × maxResidents ÷ maxHouseholds, and a total {@code H} with {@code k·(min + s −
   * 1) ≤ H ≤ k·(max − s + 1)}.
   */
  static Community covered(long seed, boolean lattice) {
    SplittableRandom r = new SplittableRandom(seed);
    int min = r.nextInt(1, 61);
    int max = min + r.nextInt(0, 141);
    int maxResidents = r.nextInt(1, 4 * max + 1);
    GridParameters p = Units.standard(min, max, maxResidents);
    int s = r.nextInt(1, (max - min + 2) / 2 + 1);
    int k = r.nextInt(1, 7);
    long low = (long) k * (min + s - 1);
    long high = (long) k * (max - s + 1);
    int total = (int) (low + r.nextLong(high - low + 1));
    int needed = (total + s - 1) / s;
    int n = Math.max(1, needed + r.nextInt(0, needed / 2 + 3));
    int width = 1;
    int height = n;
    if (lattice) {
      width = r.nextInt(1, 13);
      height = (n + width - 1) / width;
      n = width * height;
    }
    int[] households = spread(r, total, n, s);
    List<String> ids = ids(r, n);
    Units.Sketch sketch = Units.sketch();
    for (int i = 0; i < n; i++) {
      int residents = (int) ((long) households[i] * maxResidents / max);
      sketch.unit(ids.get(i), households[i], r.nextInt(0, residents + 1));
    }
    if (lattice) {
      long dx = r.nextInt(30, 91);
      long dy = r.nextInt(30, 91);
      for (int i = 0; i < n; i++) {
        int col = i % width;
        int row = i / width;
        sketch.at(ids.get(i), col * dx, -row * dy);
        if (col > 0) {
          sketch.link(ids.get(i), ids.get(i - 1));
        }
        if (row > 0) {
          sketch.link(ids.get(i), ids.get(i - width));
        }
      }
      return new Community("full lattice " + width + "×" + height + " (s=" + s + ", H=" + total
          + ")", sketch.build(), List.of(), p);
    }
    for (int i = 1; i < n; i++) {
      sketch.link(ids.get(i), ids.get(i - 1));
    }
    if (r.nextBoolean()) {
      for (String id : ids) {
        sketch.at(id, r.nextInt(0, 1000), r.nextInt(0, 1000));
      }
    }
    return new Community("street (s=" + s + ", H=" + total + ")", sketch.build(), List.of(), p);
  }

  /** {@code total} spread over {@code n} counts of at most {@code cap} each. */
  private static int[] spread(SplittableRandom r, int total, int n, int cap) {
    int[] out = new int[n];
    int left = total;
    while (left > 0) {
      int i = r.nextInt(n);
      int add = Math.min(left, r.nextInt(1, cap + 1));
      add = Math.min(add, cap - out[i]);
      out[i] += add;
      left -= add;
    }
    return out;
  }

  /** Distinct ids in random order, so that id order says nothing about position. */
  private static List<String> ids(SplittableRandom r, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(String.format("u%03d", i));
    }
    Collections.shuffle(ids, new java.util.Random(r.nextLong()));
    return ids;
  }

  private static void link(Units.Sketch s, String a, String b) {
    if (!a.equals(b)) {
      s.link(a, b);
    }
  }
}
