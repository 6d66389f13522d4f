package org.cungaiju.reform.core.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * The grids of one group of units while {@link GridPlanner} improves them by local moves.
 *
 * <h2>Invariants every move keeps</h2>
 *
 * <ul>
 *   <li>Every grid is a non-empty connected set of units, and every unit of the group is in
 *       exactly one grid.
 *   <li>A grid of two or more units stays within the maxima: a unit joins a grid only if the
 *       grid's totals with it stay within them.
 *   <li>No grid starts breaking a bound it did not break before the move; the grids that break
 *       one never grow in number; the number of grids never grows.
 * </ul>
 *
 * <p>Not thread-safe; one per group and call.
 */
final class Regions {

  /** At most this many passes of balancing moves. */
  static final int BALANCE_PASSES = 64;

  private final UnitGraph g;
  private final GridParameters p;
  private final int[] component;
  private final int[] gridOf;
  private final long[] households;
  private final long[] residents;
  private final long[] workload;
  private final int[] size;
  private final int[] mark;
  private int stamp;
  private final int[] queue;

  Regions(UnitGraph g, GridParameters p, int[] component, List<int[]> runs) {
    this.g = g;
    this.p = p;
    this.component = component;
    this.gridOf = new int[g.n];
    this.mark = new int[g.n];
    this.queue = new int[component.length];
    int slots = runs.size();
    households = new long[slots];
    residents = new long[slots];
    workload = new long[slots];
    size = new int[slots];
    for (int s = 0; s < slots; s++) {
      for (int v : runs.get(s)) {
        gridOf[v] = s;
        add(v, s);
      }
    }
  }

  /** Merges, dissolves, repairs and balances, in that order. */
  Regions refine() {
    mergeWhileFitting();
    for (int s = 0; s < size.length; s++) {
      if (size[s] > 0 && isUnder(s)) {
        dissolve(s);
      }
    }
    for (int s = 0; s < size.length; s++) {
      if (size[s] > 0 && isUnder(s)) {
        repair(s);
      }
    }
    mergeWhileFitting();
    balance();
    return this;
  }

  /** The grids, each as its unit indices ascending, in ascending order of first unit. */
  List<int[]> grids() {
    List<List<Integer>> members = new ArrayList<>();
    for (int s = 0; s < size.length; s++) {
      members.add(new ArrayList<>());
    }
    for (int v : component) {
      members.get(gridOf[v]).add(v);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> m : members) {
      if (!m.isEmpty()) {
        out.add(m.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    out.sort(Comparator.comparingInt(a -> a[0]));
    return out;
  }

  /**
   * Merges two neighbouring grids while some pair fits within the maxima together, the pair
   * with the fewest households first: one grid fewer each time, and the merged grid breaks the
   * minimum only if both did.
   */
  private void mergeWhileFitting() {
    while (true) {
      int bestA = -1;
      int bestB = -1;
      long bestHouseholds = Long.MAX_VALUE;
      for (int v : component) {
        int a = gridOf[v];
        for (int u : g.adjacent[v]) {
          int b = gridOf[u];
          long h = households[a] + households[b];
          if (a < b && Bounds.fitsMaxima(p, h, residents[a] + residents[b])
              && (h < bestHouseholds || h == bestHouseholds
                  && (a < bestA || a == bestA && b < bestB))) {
            bestA = a;
            bestB = b;
            bestHouseholds = h;
          }
        }
      }
      if (bestA < 0) {
        return;
      }
      for (int v : component) {
        if (gridOf[v] == bestB) {
          move(v, bestA);
        }
      }
    }
  }

  /**
   * Gives every unit of grid {@code s}, which breaks the minimum, to neighbouring grids with
   * room for it, peeling units that leave the rest connected; if some unit cannot be given
   * away, every move is undone. Success removes one grid and one broken bound.
   */
  private void dissolve(int s) {
    List<int[]> moves = new ArrayList<>();
    while (size[s] > 0) {
      int unit = -1;
      int target = -1;
      for (int v : component) {
        if (gridOf[v] != s || size[s] > 1 && !connectedWithout(s, v)) {
          continue;
        }
        target = roomiest(v, s);
        if (target >= 0) {
          unit = v;
          break;
        }
      }
      if (unit < 0) {
        for (int i = moves.size() - 1; i >= 0; i--) {
          move(moves.get(i)[0], s);
        }
        return;
      }
      move(unit, target);
      moves.add(new int[] {unit});
    }
  }

  /** The neighbouring grid of {@code v} (other than {@code s}) with room for it and least workload. */
  private int roomiest(int v, int s) {
    int best = -1;
    for (int u : g.adjacent[v]) {
      int t = gridOf[u];
      if (t != s && fits(t, v) && (best < 0 || workload[t] < workload[best]
          || workload[t] == workload[best] && t < best)) {
        best = t;
      }
    }
    return best;
  }

  /**
   * Brings grid {@code s}, which breaks the minimum, up towards it with units from neighbouring
   * grids that break no bound and still would not after giving the unit: the unit with the most
   * households first. Each move lowers the total shortfall below the minimum.
   */
  private void repair(int s) {
    while (isUnder(s)) {
      List<Integer> candidates = new ArrayList<>();
      for (int v : component) {
        int b = gridOf[v];
        if (b != s && g.households[v] > 0 && size[b] > 1 && broken(b) == 0
            && households[b] - g.households[v] >= p.minHouseholds() && fits(s, v)
            && touches(v, s) > 0) {
          candidates.add(v);
        }
      }
      candidates.sort(Comparator.<Integer>comparingInt(v -> -g.households[v])
          .thenComparingInt(v -> v));
      int chosen = -1;
      for (int v : candidates) {
        if (connectedWithout(gridOf[v], v)) {
          chosen = v;
          break;
        }
      }
      if (chosen < 0) {
        return;
      }
      move(chosen, s);
    }
  }

  /**
   * Moves border units from a grid to a neighbouring one with less workload while that lowers
   * the sum of squared workloads (the neighbour's workload plus the unit's stays below the
   * grid's), breaks no new bound, keeps the grid connected and does not lengthen the border
   * between grids (the unit has at least as many neighbours in the grid it joins as in the one
   * it leaves). Each move strictly lowers the sum of squares; at most {@value #BALANCE_PASSES}
   * passes.
   */
  private void balance() {
    for (int pass = 0; pass < BALANCE_PASSES; pass++) {
      boolean moved = false;
      for (int v : component) {
        int b = gridOf[v];
        if (size[b] == 1 || g.workload[v] == 0) {
          continue;
        }
        int[] neighbours = neighbouringGrids(v);
        for (int a : neighbours) {
          if (workload[a] + g.workload[v] < workload[b] && fits(a, v)
              && (Bounds.broken(p, households[b] - g.households[v], residents[b] - g.residents[v])
                  & ~broken(b)) == 0
              && touches(v, a) >= touches(v, b) && connectedWithout(b, v)) {
            move(v, a);
            moved = true;
            break;
          }
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  private int[] neighbouringGrids(int v) {
    int own = gridOf[v];
    return Arrays.stream(g.adjacent[v]).map(u -> gridOf[u]).filter(t -> t != own)
        .distinct().sorted().toArray();
  }

  /** How many neighbours {@code v} has in grid {@code s}. */
  private int touches(int v, int s) {
    int n = 0;
    for (int u : g.adjacent[v]) {
      if (gridOf[u] == s) {
        n++;
      }
    }
    return n;
  }

  /** Whether grid {@code s} stays connected (and non-empty) without unit {@code v}. */
  private boolean connectedWithout(int s, int v) {
    if (size[s] < 2) {
      return false;
    }
    int start = -1;
    for (int u : g.adjacent[v]) {
      if (gridOf[u] == s) {
        start = u;
        break;
      }
    }
    if (start < 0) {
      return false;
    }
    stamp++;
    mark[v] = stamp;
    mark[start] = stamp;
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int x = queue[head++];
      for (int u : g.adjacent[x]) {
        if (gridOf[u] == s && mark[u] != stamp) {
          mark[u] = stamp;
          queue[tail++] = u;
        }
      }
    }
    return tail == size[s] - 1;
  }

  private boolean fits(int s, int v) {
    return Bounds.fitsMaxima(p, households[s] + g.households[v], residents[s] + g.residents[v]);
  }

  private boolean isUnder(int s) {
    return (broken(s) & Bounds.UNDER) != 0;
  }

  private int broken(int s) {
    return Bounds.broken(p, households[s], residents[s]);
  }

  private void move(int v, int to) {
    int from = gridOf[v];
    households[from] -= g.households[v];
    residents[from] -= g.residents[v];
    workload[from] -= g.workload[v];
    size[from]--;
    gridOf[v] = to;
    add(v, to);
  }

  private void add(int v, int s) {
    households[s] += g.households[v];
    residents[s] += g.residents[v];
    workload[s] += g.workload[v];
    size[s]++;
  }
}
