package org.cungaiju.reform.core.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;

/**
 * The sequences a group of units is cut along ({@link Cutter}); {@link GridPlanner}'s javadoc
 * documents them.
 */
final class Orders {

  /** The most rows (or columns) a band of a band snake spans. */
  static final int MAX_BAND = 8;

  private Orders() {}

  /**
   * The candidate orders of {@code component}: band snakes over the units' coordinates when
   * every unit is located (rows then columns, band heights 1 to {@value #MAX_BAND}), then the
   * graph walk.
   */
  static List<int[]> candidates(UnitGraph g, int[] component) {
    List<int[]> out = new ArrayList<>();
    if (Arrays.stream(component).allMatch(v -> g.located[v])) {
      int[] rows = ranks(g, component, g::y, true);
      int[] columns = ranks(g, component, g::x, false);
      int rowCount = Arrays.stream(rows).max().orElse(0) + 1;
      int columnCount = Arrays.stream(columns).max().orElse(0) + 1;
      for (int band = 1; band <= Math.min(MAX_BAND, rowCount); band++) {
        out.add(bandSnake(component, rows, columns, band));
      }
      for (int band = 1; band <= Math.min(MAX_BAND, columnCount); band++) {
        out.add(bandSnake(component, columns, rows, band));
      }
    }
    out.add(walk(g, component));
    return out;
  }

  /**
   * A depth-first walk from the unit of least degree (then least id) that always steps to the
   * unvisited neighbour with the fewest unvisited neighbours (then least id), Warnsdorff's rule:
   * it hugs the edge of what is left, so it rarely strands units. On a path it starts at an end
   * and follows the path.
   */
  static int[] walk(UnitGraph g, int[] component) {
    int start = component[0];
    for (int v : component) {
      if (g.adjacent[v].length < g.adjacent[start].length) {
        start = v;
      }
    }
    int[] free = new int[g.n];
    for (int v : component) {
      free[v] = g.adjacent[v].length;
    }
    boolean[] visited = new boolean[g.n];
    int[] order = new int[component.length];
    int[] stack = new int[component.length];
    int size = 0;
    int depth = 0;
    visit(g, start, visited, free);
    order[size++] = start;
    stack[depth++] = start;
    while (depth > 0) {
      int v = stack[depth - 1];
      int next = -1;
      for (int u : g.adjacent[v]) {
        if (!visited[u] && (next < 0 || free[u] < free[next])) {
          next = u;
        }
      }
      if (next < 0) {
        depth--;
      } else {
        visit(g, next, visited, free);
        order[size++] = next;
        stack[depth++] = next;
      }
    }
    return order;
  }

  private static void visit(UnitGraph g, int v, boolean[] visited, int[] free) {
    visited[v] = true;
    for (int u : g.adjacent[v]) {
      free[u]--;
    }
  }

  /**
   * The band snake: rows grouped into bands of {@code band} rows, bands taken north to south,
   * alternately west to east and east to west; inside a band, column by column, the first
   * column visited north to south, the next south to north, and so on. With a band of one row
   * this is the row-by-row snake, which on a full rectangular lattice steps from each unit to a
   * neighbour. {@code rows} and {@code columns} may be swapped for the column-wise snake.
   */
  static int[] bandSnake(int[] component, int[] rows, int[] columns, int band) {
    int lastColumn = Arrays.stream(columns).max().orElse(0);
    Integer[] at = new Integer[component.length];
    int[][] key = new int[component.length][];
    for (int i = 0; i < component.length; i++) {
      at[i] = i;
      int b = rows[i] / band;
      int visit = b % 2 == 0 ? columns[i] : lastColumn - columns[i];
      key[i] = new int[] {b, visit, visit % 2 == 0 ? rows[i] : -rows[i], i};
    }
    Arrays.sort(at, (i, j) -> Arrays.compare(key[i], key[j]));
    int[] order = new int[component.length];
    for (int i = 0; i < at.length; i++) {
      order[i] = component[at[i]];
    }
    return order;
  }

  /**
   * The rank of each unit's coordinate among the distinct values in the component, ascending or
   * (for rows, north first) descending.
   */
  private static int[] ranks(
      UnitGraph g, int[] component, IntToLongFunction coordinate, boolean descending) {
    TreeSet<Long> values = new TreeSet<>();
    for (int v : component) {
      values.add(coordinate.applyAsLong(v));
    }
    Long[] sorted = values.toArray(Long[]::new);
    int[] out = new int[component.length];
    for (int i = 0; i < component.length; i++) {
      int rank = Arrays.binarySearch(sorted, coordinate.applyAsLong(component[i]));
      out[i] = descending ? sorted.length - 1 - rank : rank;
    }
    return out;
  }
}
