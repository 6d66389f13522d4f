package org.cungaiju.reform.core.grid;

/**
 * How good a cut of one group of units is, compared in this order: fewer grids breaking a bound,
 * then fewer grids, then a smaller sum of squared grid workloads (for a fixed total and count,
 * the smaller the sum of squares, the smaller the workloads' variance). Exact integers only.
 */
record Score(int flagged, int grids, long squares) implements Comparable<Score> {

  @Override
  public int compareTo(Score o) {
    return compare(flagged, grids, squares, o.flagged, o.grids, o.squares);
  }

  /** The order of scores, on their parts, for callers that keep them unboxed. */
  static int compare(int flagged, int grids, long squares, int otherFlagged, int otherGrids,
      long otherSquares) {
    if (flagged != otherFlagged) {
      return Integer.compare(flagged, otherFlagged);
    }
    if (grids != otherGrids) {
      return Integer.compare(grids, otherGrids);
    }
    return Long.compare(squares, otherSquares);
  }

  boolean isBetterThan(Score o) {
    return compareTo(o) < 0;
  }
}
