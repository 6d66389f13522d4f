package org.cungaiju.reform.core.grid;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;

/**
 * Where units go on the map: each unit a cell of the lattice spacing centred at its location,
 * scaled from metres to whole pixels by one exact ratio, north up. Integer arithmetic only.
 */
final class MapFrame {

  /** The cell size, in metres, when the units' spacing cannot be told. */
  static final long DEFAULT_CELL = 50;

  final long cellWidth;
  final long cellHeight;
  private final long west;
  private final long north;
  private final long pixels;
  private final long metres;
  final int width;
  final int height;

  /**
   * The frame of {@code units} fitting a map of at most {@code maxWidth} × {@code maxHeight}.
   *
   * @throws InvalidInputException if the locations lie too far apart for exact arithmetic
   */
  MapFrame(Collection<GridUnit> units, Map<String, Point> at, int maxWidth, int maxHeight) {
    long minX = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long minY = Long.MAX_VALUE;
    long maxY = Long.MIN_VALUE;
    for (Point p : at.values()) {
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    try {
      cellWidth = spacing(units, at, true);
      cellHeight = spacing(units, at, false);
      west = Math.subtractExact(minX, cellWidth / 2);
      north = Math.addExact(Math.subtractExact(maxY, cellHeight / 2), cellHeight);
      long spanX = Math.addExact(Math.subtractExact(maxX, minX), cellWidth);
      long spanY = Math.addExact(Math.subtractExact(maxY, minY), cellHeight);
      // the tighter of the two fits decides the scale: pixels / metres
      if (Math.multiplyExact(spanX, (long) maxHeight) >= Math.multiplyExact(spanY, (long) maxWidth)) {
        pixels = maxWidth;
        metres = spanX;
      } else {
        pixels = maxHeight;
        metres = spanY;
      }
      width = (int) x(maxX - cellWidth / 2 + cellWidth);
      height = (int) y(minY - cellHeight / 2);
    } catch (ArithmeticException e) {
      throw InvalidInputException.of("units.location", minX + ".." + maxX + ", " + minY + ".."
          + maxY, "spans too far to draw", "locations within about 10^15 metres of each other");
    }
  }

  /** The pixel column of a point {@code x} metres east. */
  long x(long x) {
    return Math.multiplyExact(x - west, pixels) / metres;
  }

  /** The pixel row of a point {@code y} metres north (rows grow southwards). */
  long y(long y) {
    return Math.multiplyExact(north - y, pixels) / metres;
  }

  /** The pixel column of the cell's west edge. */
  long left(Point p) {
    return x(p.x() - cellWidth / 2);
  }

  /** The pixel column of the cell's east edge. */
  long right(Point p) {
    return x(p.x() - cellWidth / 2 + cellWidth);
  }

  /** The pixel row of the cell's north edge. */
  long top(Point p) {
    return y(p.y() - cellHeight / 2 + cellHeight);
  }

  /** The pixel row of the cell's south edge. */
  long bottom(Point p) {
    return y(p.y() - cellHeight / 2);
  }

  /**
   * The spacing of the units east–west (or north–south): the least distance between
   * neighbours in one row (column); else the least gap between distinct coordinates; else
   * {@value #DEFAULT_CELL} metres.
   *
   * @throws ArithmeticException if two locations lie too far apart for a {@code long}
   */
  private static long spacing(Collection<GridUnit> units, Map<String, Point> at, boolean eastWest) {
    long least = Long.MAX_VALUE;
    for (GridUnit u : units) {
      Point a = at.get(u.id());
      for (String n : u.adjacent()) {
        Point b = at.get(n);
        if (b == null) {
          continue;
        }
        long along = Math.absExact(eastWest ? Math.subtractExact(a.x(), b.x())
            : Math.subtractExact(a.y(), b.y()));
        long across = eastWest ? Math.subtractExact(a.y(), b.y())
            : Math.subtractExact(a.x(), b.x());
        if (across == 0 && along > 0) {
          least = Math.min(least, along);
        }
      }
    }
    if (least == Long.MAX_VALUE) {
      TreeSet<Long> values = new TreeSet<>();
      at.values().forEach(p -> values.add(eastWest ? p.x() : p.y()));
      Long previous = null;
      for (long v : values) {
        if (previous != null) {
          least = Math.min(least, Math.subtractExact(v, previous));
        }
        previous = v;
      }
    }
    return least == Long.MAX_VALUE ? DEFAULT_CELL : least;
  }
}
