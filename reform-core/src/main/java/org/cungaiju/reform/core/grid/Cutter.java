package org.cungaiju.reform.core.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * Cuts a sequence of units into consecutive runs, each a connected set of units, by dynamic
 * programming: the cut returned has the best {@link Score} among all such cuts in which every
 * run of two or more units stays within the maxima (a single unit is always a valid run).
 *
 * <p>Work: for each start, runs are extended while they stay within the maxima; connectivity
 * of a growing run is kept by union–find over its positions. With runs of at most {@code L}
 * units, that is O(n · L · degree) near-constant-time steps; O(n² · degree) at worst.
 */
final class Cutter {

  private Cutter() {}

  /** The best cut of {@code order}, as runs of unit indices, and its score. */
  static Cut cut(UnitGraph g, int[] order, GridParameters p) {
    int n = order.length;
    int[] position = new int[g.n];
    Arrays.fill(position, -1);
    for (int i = 0; i < n; i++) {
      position[order[i]] = i;
    }
    Score[] best = new Score[n + 1];
    int[] from = new int[n + 1];
    best[0] = Score.ZERO;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      long households = 0;
      long residents = 0;
      long workload = 0;
      int parts = 0;
      for (int e = i; e < n; e++) {
        int v = order[e];
        households += g.households[v];
        residents += g.residents[v];
        workload += g.workload[v];
        if (e > i && !Bounds.fitsMaxima(p, households, residents)) {
          break;
        }
        parent[e] = e;
        parts++;
        for (int u : g.adjacent[v]) {
          int q = position[u];
          if (q >= i && q < e && union(parent, q, e)) {
            parts--;
          }
        }
        if (parts == 1) {
          Score s = best[i].plus(Bounds.broken(p, households, residents) == 0 ? 0 : 1, workload);
          if (best[e + 1] == null || s.isBetterThan(best[e + 1])) {
            best[e + 1] = s;
            from[e + 1] = i;
          }
        }
      }
    }
    List<int[]> runs = new ArrayList<>();
    for (int e = n; e > 0; e = from[e]) {
      runs.add(0, Arrays.copyOfRange(order, from[e], e));
    }
    return new Cut(runs, best[n]);
  }

  private static boolean union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra == rb) {
      return false;
    }
    parent[ra] = rb;
    return true;
  }

  private static int find(int[] parent, int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  /** Runs of unit indices and their score. */
  record Cut(List<int[]> runs, Score score) {}
}
