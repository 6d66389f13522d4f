package org.cungaiju.reform.core.registry;

import java.util.List;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The versions of one facet for one county, sorted by start and not overlapping, searched by
 * epoch day without allocating.
 */
final class VersionTable {
  static final VersionTable EMPTY = new VersionTable(List.of());

  private final long[] from;
  private final long[] to;
  private final PolicyFacet[] facets;

  /** {@code sorted} must be sorted by start and free of overlaps. */
  VersionTable(List<PolicyFacet> sorted) {
    int n = sorted.size();
    from = new long[n];
    to = new long[n];
    facets = new PolicyFacet[n];
    for (int i = 0; i < n; i++) {
      FacetVersion v = sorted.get(i).version();
      from[i] = v.validity().from().toEpochDay();
      to[i] = v.validity().to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      facets[i] = sorted.get(i);
    }
  }

  /** The version in force on {@code epochDay}, or {@code null}. */
  PolicyFacet find(long epochDay) {
    int lo = 0;
    int hi = from.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (from[mid] <= epochDay) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && epochDay < to[found] ? facets[found] : null;
  }
}
