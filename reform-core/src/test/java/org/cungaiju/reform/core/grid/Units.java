package org.cungaiju.reform.core.grid;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.spi.grid.GridParameters;

/** Builds grid units and standards for the planner's tests. */
final class Units {

  private Units() {}

  /** A standard of households per grid, residents and households weighing 1 each. */
  static GridParameters standard(int min, int max, int maxResidents) {
    return new GridParameters(min, max, maxResidents,
        ImmutableSortedMap.of(GridParameters.HOUSEHOLDS, 1L), 1, 200);
  }

  /** {@code p} with an explanation of a made-up policy. */
  static Explained<GridParameters> explained(GridParameters p) {
    return Explained.of(p, Explanation.of("grid.standard", "test-policy", "2025-01-01",
        PolicySource.of("测试文件", "第一条", LocalDate.of(2025, 1, 1)), Map.of(),
        Map.of("minHouseholds", String.valueOf(p.minHouseholds())), "test standard"));
  }

  /** Mutable description of units before they become records. */
  static final class Sketch {
    final Map<String, Integer> households = new TreeMap<>();
    final Map<String, Integer> residents = new HashMap<>();
    final Map<String, Map<String, Long>> facts = new HashMap<>();
    final Map<String, Set<String>> adjacent = new HashMap<>();
    final Map<String, Point> at = new HashMap<>();

    Sketch unit(String id, int households) {
      return unit(id, households, households * 3);
    }

    Sketch unit(String id, int households, int residents) {
      this.households.put(id, households);
      this.residents.put(id, residents);
      adjacent.putIfAbsent(id, new TreeSet<>());
      return this;
    }

    Sketch facts(String id, Map<String, Long> facts) {
      this.facts.put(id, facts);
      return this;
    }

    Sketch at(String id, long x, long y) {
      at.put(id, Point.of(x, y));
      return this;
    }

    Sketch link(String a, String b) {
      adjacent.get(a).add(b);
      adjacent.get(b).add(a);
      return this;
    }

    /** Links the units one after another. */
    Sketch chain(String... ids) {
      for (int i = 1; i < ids.length; i++) {
        link(ids[i - 1], ids[i]);
      }
      return this;
    }

    List<GridUnit> build() {
      List<GridUnit> out = new ArrayList<>();
      for (String id : households.keySet()) {
        out.add(new GridUnit(id, "单元" + id, households.get(id), residents.get(id),
            ImmutableSortedMap.copyOf(facts.getOrDefault(id, Map.of())),
            ImmutableSortedSet.copyOf(adjacent.get(id)), Optional.ofNullable(at.get(id))));
      }
      return out;
    }
  }

  static Sketch sketch() {
    return new Sketch();
  }

  /** The units by id. */
  static Map<String, GridUnit> byId(Collection<GridUnit> units) {
    Map<String, GridUnit> out = new HashMap<>();
    units.forEach(u -> out.put(u.id(), u));
    return out;
  }

  /** Whether {@code ids} induce a connected subgraph of the units' adjacency. */
  static boolean isConnected(List<String> ids, Map<String, GridUnit> units) {
    Set<String> inside = new HashSet<>(ids);
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    queue.add(ids.get(0));
    seen.add(ids.get(0));
    while (!queue.isEmpty()) {
      for (String n : units.get(queue.poll()).adjacent()) {
        if (inside.contains(n) && seen.add(n)) {
          queue.add(n);
        }
      }
    }
    return seen.size() == inside.size();
  }

  /** The households of each grid of {@code plan}, by grid id. */
  static ImmutableMap<String, Integer> households(GridPlan plan) {
    ImmutableMap.Builder<String, Integer> out = ImmutableMap.builder();
    plan.grids().forEach(g -> out.put(g.id(), g.households()));
    return out.build();
  }
}
