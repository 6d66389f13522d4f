package org.cungaiju.reform.core.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * The units left outside dedicated grids as an indexed graph: index order is ascending unit id,
 * so everything built on it is independent of the order units were listed in. Adjacency to
 * dedicated units is dropped; components are listed by their smallest index.
 */
final class UnitGraph {

  /** The largest workload whose square fits in a {@code long}: ⌊√(2⁶³ − 1)⌋. */
  static final long MAX_GROUP_WORKLOAD = 3_037_000_499L;

  final int n;
  final GridUnit[] units;
  final int[] households;
  final int[] residents;
  final long[] workload;
  final int[][] adjacent;
  final boolean[] located;
  final List<int[]> components;

  /** Each unit's position in the list the caller gave, for the paths of violations. */
  private final Map<String, Integer> given;

  private UnitGraph(List<GridUnit> sorted, Map<String, Integer> given, GridParameters standard) {
    this.given = given;
    n = sorted.size();
    units = sorted.toArray(GridUnit[]::new);
    households = new int[n];
    residents = new int[n];
    workload = new long[n];
    located = new boolean[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(units[i].id(), i);
    }
    adjacent = new int[n][];
    for (int i = 0; i < n; i++) {
      GridUnit u = units[i];
      households[i] = u.households();
      residents[i] = u.residents();
      located[i] = u.location().isPresent();
      try {
        workload[i] = standard.workloadOf(u);
      } catch (ArithmeticException e) {
        throw InvalidInputException.of("units[" + given.get(u.id()) + "].workload", u.workload(),
            "weighs more than a long holds under the grid standard's weights",
            "workload facts whose weighted sum is at most " + Long.MAX_VALUE);
      }
      // neighbours are sorted by id, so their indices come out ascending
      adjacent[i] = u.adjacent().stream().map(index::get).filter(j -> j != null)
          .mapToInt(Integer::intValue).toArray();
    }
    components = findComponents();
  }

  /**
   * The graph of {@code units} without those in {@code dedicated}.
   *
   * @throws InvalidInputException listing every unit id used twice, neighbour that is not a
   *     listed unit or does not list the unit back, dedicated unit that is not listed, and group
   *     of units whose workload is too large to balance exactly
   */
  static UnitGraph of(List<GridUnit> units, Set<String> dedicated, GridParameters standard) {
    List<Violation> problems = new ArrayList<>();
    Map<String, GridUnit> byId = new HashMap<>();
    Map<String, Integer> given = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      GridUnit u = units.get(i);
      given.putIfAbsent(u.id(), i);
      if (byId.putIfAbsent(u.id(), u) != null) {
        problems.add(Violation.of("units[" + i + "].id", u.id(), "is used twice",
            "a unique unit id"));
      }
    }
    for (int i = 0; i < units.size(); i++) {
      GridUnit u = units.get(i);
      for (String a : u.adjacent()) {
        GridUnit other = byId.get(a);
        if (other == null || !other.adjacent().contains(u.id())) {
          problems.add(Violation.of("units[" + i + "].adjacent", a, other == null
              ? "names no unit in the list" : "does not list " + u.id() + " as adjacent in return",
              "the ids of listed units that list this one back"));
        }
      }
    }
    for (String d : dedicated) {
      if (!byId.containsKey(d)) {
        problems.add(Violation.of("dedicatedGrids.unitIds", d, "names no unit in the list",
            "the ids of listed units"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<GridUnit> kept = units.stream().filter(u -> !dedicated.contains(u.id()))
        .sorted(Comparator.comparing(GridUnit::id)).toList();
    UnitGraph graph = new UnitGraph(kept, given, standard);
    graph.checkWorkloads();
    return graph;
  }

  private void checkWorkloads() {
    for (int[] c : components) {
      long total = 0;
      for (int v : c) {
        total += Math.min(workload[v], MAX_GROUP_WORKLOAD + 1);
        if (total > MAX_GROUP_WORKLOAD) {
          String at = "units[" + given.get(units[c[0]].id()) + "].workload";
          throw InvalidInputException.of(at, total,
              "makes the workload of the group of connected units too large to balance exactly",
              "a group workload of at most " + MAX_GROUP_WORKLOAD);
        }
      }
    }
  }

  private List<int[]> findComponents() {
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    List<int[]> out = new ArrayList<>();
    int[] queue = new int[n];
    for (int s = 0; s < n; s++) {
      if (seen[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      seen[s] = s;
      while (head < tail) {
        int v = queue[head++];
        for (int u : adjacent[v]) {
          if (seen[u] < 0) {
            seen[u] = s;
            queue[tail++] = u;
          }
        }
      }
      int[] c = Arrays.copyOf(queue, tail);
      Arrays.sort(c);
      out.add(c);
    }
    return out;
  }

  /** The unit's location east, in metres; only for located units. */
  long x(int v) {
    return units[v].location().orElseThrow().x();
  }

  /** The unit's location north, in metres; only for located units. */
  long y(int v) {
    return units[v].location().orElseThrow().y();
  }

  String id(int v) {
    return units[v].id();
  }
}
