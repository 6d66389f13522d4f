package org.cungaiju.reform.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;

/**
 * A plugin for 新会区 whose grid standard of 100–200 households per grid is in force in the
 * first half of 2025 only; other dates fall back to the municipal default.
 */
public class SmallGridsPlugin implements CountyPolicyProvider {

  static final String ID = "small-grids";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String countyCode() {
    return "440705";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "新会区小网格试点";
  }

  @Override
  public List<GridStandard> gridStandards() {
    return List.of(new Standard(new FacetVersion(ID, "2025-01-01",
        DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1)),
        PolicySource.of("新会试点〔2025〕1号", "第三条", LocalDate.of(2024, 12, 1)))));
  }

  /** 100–200 households, at most 1,000 residents, households weighing 1. */
  public record Standard(FacetVersion version) implements GridStandard {
    @Override
    public Explained<GridParameters> parameters(Community community) {
      GridParameters p = new GridParameters(100, 200, 1000,
          ImmutableSortedMap.of(GridParameters.HOUSEHOLDS, 1L), 1, 100);
      return Explained.of(p, version.explain("grid.standard", "", ImmutableMap.of(),
          Map.of("minHouseholds", "100", "maxHouseholds", "200"), "100–200 households"));
    }
  }
}
