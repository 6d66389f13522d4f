package org.cungaiju.reform.core.policy;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;

/** The same grid standard for every community. */
record DefaultGridStandard(FacetVersion version, String clause, GridParameters standard)
    implements GridStandard {

  @Override
  public Explained<GridParameters> parameters(Community community) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("minHouseholds", String.valueOf(standard.minHouseholds()));
    parameters.put("maxHouseholds", String.valueOf(standard.maxHouseholds()));
    parameters.put("maxResidents", String.valueOf(standard.maxResidents()));
    parameters.put("workloadWeights", standard.workloadWeights().toString());
    parameters.put("fullTimeWorkersPerGrid", String.valueOf(standard.fullTimeWorkersPerGrid()));
    parameters.put("workloadPerPartTimeWorker",
        String.valueOf(standard.workloadPerPartTimeWorker()));
    return Explained.of(standard, version.explain("grid.standard", clause,
        ImmutableMap.of("community", community.id()), parameters,
        standard.minHouseholds() + "–" + standard.maxHouseholds() + " households, at most "
            + standard.maxResidents() + " residents per comprehensive grid"));
  }
}
