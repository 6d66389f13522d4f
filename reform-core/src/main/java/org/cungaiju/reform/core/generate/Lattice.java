package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;

/**
 * Lays the community's grid units (blocks of village houses) on a lattice: filled row by row
 * from the north-west, so the units form one connected piece whose neighbours share a side
 * (4-neighbour adjacency, symmetric), with whole-metre coordinates. A school and a park take a
 * few units as dedicated grids; every household lives in one of the other units, non-hukou
 * renters mostly in blocks with many rented rooms.
 */
final class Lattice {
  /** A block's extent east–west and north–south, in metres. */
  static final int BLOCK_WIDTH = 70;
  static final int BLOCK_DEPTH = 55;
  /** Dedicated grids need room for a 2 × 2 school and a park beside it. */
  static final int MIN_UNITS_FOR_DEDICATED = 12;

  private static final List<String> LANES = List.of("仁和里", "永安里", "聚龙坊", "兴隆坊",
      "福寿里", "安居坊", "康乐里", "怡景坊", "长乐里", "新兴坊", "德星里", "华盛坊", "南华里",
      "平安坊", "荣华里", "吉祥坊", "同德里", "裕民坊", "东兴里", "西成坊");

  /** The units and the dedicated grids over some of them. */
  record Layout(ImmutableList<GridUnit> units, ImmutableList<DedicatedGrid> dedicated) {}

  private final Dice dice;
  private final int count;
  private final int width;

  private Lattice(Dice dice, int count) {
    this.dice = dice;
    this.count = count;
    int w = 1;
    while (3L * w * w < 4L * count) {
      w++;
    }
    this.width = w;
  }

  static Layout lay(Dice dice, int count, List<Home> households, LocalDate asOf,
      String shortName, boolean dedicated) {
    if (count == 0) {
      return new Layout(ImmutableList.of(), ImmutableList.of());
    }
    return new Lattice(dice, count).layout(households, asOf, shortName, dedicated);
  }

  private Layout layout(List<Home> households, LocalDate asOf, String shortName,
      boolean withDedicated) {
    int[] use = new int[count]; // 0 homes, 1 school, 2 park
    List<DedicatedGrid> dedicated = new ArrayList<>();
    if (withDedicated && count >= MIN_UNITS_FOR_DEDICATED && width >= 3) {
      placeDedicated(use, shortName, dedicated);
    }
    List<Integer> homes = new ArrayList<>();
    List<Integer> rentals = new ArrayList<>();
    boolean[] rental = new boolean[count];
    for (int i = 0; i < count; i++) {
      if (use[i] == 0) {
        homes.add(i);
        rental[i] = dice.percent(35);
        if (rental[i]) {
          rentals.add(i);
        }
      }
    }
    if (rentals.isEmpty()) {
      rental[homes.get(0)] = true;
      rentals.add(homes.get(0));
    }
    int[] homeCount = new int[count];
    int[] residents = new int[count];
    int[] renters = new int[count];
    int[] elderlyAlone = new int[count];
    int[] special = new int[count];
    for (Home h : households) {
      int at = h.nonHukou && dice.percent(80) ? dice.pick(rentals) : dice.pick(homes);
      homeCount[at]++;
      renters[at] += h.nonHukou ? 1 : 0;
      List<Life> living = h.living();
      for (Life l : living) {
        if (l.resident()) {
          residents[at]++;
          boolean convicted = l.events.stream().anyMatch(
              e -> e.type() == PersonEventType.CRIMINAL_CONVICTION);
          special[at] += convicted ? 1 : 0;
        }
      }
      if (living.size() == 1 && living.get(0).resident() && living.get(0).ageOn(asOf) >= 65) {
        elderlyAlone[at]++;
      }
    }
    ImmutableList.Builder<GridUnit> units = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      int col = i % width;
      int row = i / width;
      ImmutableSortedMap<String, Long> facts = use[i] != 0
          ? ImmutableSortedMap.of("elderlyAlone", 0L, "rentalRooms", 0L, "shops", 0L,
              "specialCare", 0L)
          : ImmutableSortedMap.of(
              "elderlyAlone", (long) elderlyAlone[i],
              "rentalRooms", (long) renters[i]
                  + (rental[i] ? dice.between(2, 12) : dice.percent(20) ? dice.between(1, 3) : 0),
              "shops", (long) (row == 0 ? dice.between(2, 8)
                  : dice.percent(25) ? dice.between(1, 3) : 0),
              "specialCare", (long) special[i] + (dice.percent(15) ? dice.between(1, 2) : 0));
      units.add(new GridUnit(unitId(i), unitName(i, use[i], shortName), homeCount[i],
          residents[i], facts, neighbours(i), Optional.of(Point.of(
              (long) col * BLOCK_WIDTH, (long) row * BLOCK_DEPTH))));
    }
    return new Layout(units.build(), ImmutableList.copyOf(dedicated));
  }

  /** A 2 × 2 school somewhere in the full rows, and a park of two or three units in a row. */
  private void placeDedicated(int[] use, String shortName, List<DedicatedGrid> out) {
    int fullRows = count / width;
    if (fullRows < 2) {
      return;
    }
    int col = dice.between(0, width - 2);
    int row = dice.between(0, fullRows - 2);
    List<Integer> school = List.of(index(col, row), index(col + 1, row), index(col, row + 1),
        index(col + 1, row + 1));
    school.forEach(i -> use[i] = 1);
    out.add(new DedicatedGrid("dg-school", shortName + "小学", DedicatedGridKind.SCHOOL,
        ImmutableList.copyOf(school.stream().map(Lattice::unitId).toList())));
    int length = width >= 4 ? 3 : 2;
    for (int attempt = 0; attempt < 20; attempt++) {
      int c = dice.between(0, width - length);
      int r = dice.between(0, fullRows - 1);
      List<Integer> park = new ArrayList<>();
      for (int k = 0; k < length; k++) {
        park.add(index(c + k, r));
      }
      if (park.stream().allMatch(i -> use[i] == 0)) {
        park.forEach(i -> use[i] = 2);
        out.add(new DedicatedGrid("dg-park", shortName + "公园", DedicatedGridKind.PARK,
            ImmutableList.copyOf(park.stream().map(Lattice::unitId).toList())));
        return;
      }
    }
  }

  private int index(int col, int row) {
    return row * width + col;
  }

  private ImmutableSortedSet<String> neighbours(int i) {
    int col = i % width;
    List<String> out = new ArrayList<>(4);
    if (col > 0) {
      out.add(unitId(i - 1));
    }
    if (col < width - 1 && i + 1 < count) {
      out.add(unitId(i + 1));
    }
    if (i - width >= 0) {
      out.add(unitId(i - width));
    }
    if (i + width < count) {
      out.add(unitId(i + width));
    }
    return ImmutableSortedSet.copyOf(out);
  }

  private String unitName(int i, int use, String shortName) {
    int row = i / width;
    String lane = LANES.get(row % LANES.size())
        + (row >= LANES.size() ? (row / LANES.size() + 1) + "巷" : "");
    String place = use == 1 ? "（" + shortName + "小学）" : use == 2 ? "（" + shortName + "公园）" : "";
    return lane + (i % width + 1) + "号" + place;
  }

  static String unitId(int i) {
    return Ids.of("u", i + 1, 4);
  }
}
