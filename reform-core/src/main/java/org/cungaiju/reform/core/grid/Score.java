package org.cungaiju.reform.core.grid;

/**
 * How good a cut of one group of units is, compared in this order: fewer grids breaking a bound,
 * then fewer grids, then a smaller sum of squared grid workloads (for a fixed total and count,
 * the smaller the sum of squares, the smaller the workloads' variance). Exact integers only.
 */
record Score(int flagged, int grids, long squares) implements Comparable<Score> {

  static final Score ZERO = new Score(0, 0, 0);

  Score plus(int flagged, long workload) {
    return new Score(this.flagged + flagged, grids + 1, squares + workload * workload);
  }

  @Override
  public int compareTo(Score o) {
    if (flagged != o.flagged) {
      return Integer.compare(flagged, o.flagged);
    }
    if (grids != o.grids) {
      return Integer.compare(grids, o.grids);
    }
    return Long.compare(squares, o.squares);
  }

  boolean isBetterThan(Score o) {
    return compareTo(o) < 0;
  }
}
