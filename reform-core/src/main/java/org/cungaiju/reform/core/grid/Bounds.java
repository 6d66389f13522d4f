package org.cungaiju.reform.core.grid;

import org.cungaiju.reform.spi.grid.GridParameters;

/** The standard's bounds as bit flags of what a grid's totals break. */
final class Bounds {
  static final int UNDER = 1;
  static final int OVER_HOUSEHOLDS = 2;
  static final int OVER_RESIDENTS = 4;

  private Bounds() {}

  /** The bounds that a grid of {@code households} and {@code residents} breaks, as flags. */
  static int broken(GridParameters p, long households, long residents) {
    return (households < p.minHouseholds() ? UNDER : 0)
        | (households > p.maxHouseholds() ? OVER_HOUSEHOLDS : 0)
        | (residents > p.maxResidents() ? OVER_RESIDENTS : 0);
  }

  /** Whether a grid of two or more units may hold these totals: never above a maximum. */
  static boolean fitsMaxima(GridParameters p, long households, long residents) {
    return households <= p.maxHouseholds() && residents <= p.maxResidents();
  }
}
