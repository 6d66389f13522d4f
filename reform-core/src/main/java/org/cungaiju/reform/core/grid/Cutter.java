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
    // the best score of each prefix, as its three parts, to allocate nothing per step
    int[] flagged = new int[n + 1];
    int[] grids = new int[n + 1];
    long[] squares = new long[n + 1];
    Arrays.fill(grids, 1, n + 1, Integer.MAX_VALUE);
    int[] from = new int[n + 1];
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
          int at = position[u];
          if (at >= i && at < e && union(parent, at, e)) {
            parts--;
          }
        }
        if (parts == 1) {
          int f = flagged[i] + (Bounds.broken(p, households, residents) == 0 ? 0 : 1);
          int k = grids[i] + 1;
          long q = squares[i] + workload * workload;
          int t = e + 1;
          if (grids[t] == Integer.MAX_VALUE
              || Score.compare(f, k, q, flagged[t], grids[t], squares[t]) < 0) {
            flagged[t] = f;
            grids[t] = k;
            squares[t] = q;
            from[t] = i;
          }
        }
      }
    }
    List<int[]> runs = new ArrayList<>();
    for (int e = n; e > 0; e = from[e]) {
      runs.add(0, Arrays.copyOfRange(order, from[e], e));
    }
    return new Cut(runs, new Score(flagged[n], grids[n], squares[n]));
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
