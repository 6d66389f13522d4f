package org.cungaiju.reform.core.policy;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.land.LandParameters;
import org.cungaiju.reform.spi.land.LandRules;

/** The same land parameters for every organization. */
record DefaultLandRules(FacetVersion version, String clause, LandParameters land)
    implements LandRules {

  @Override
  public Explained<LandParameters> parameters(CollectiveOrganization organization) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("retainedLandRatio", land.retainedLandRatio().toString());
    parameters.put("cashPerSquareMetre", land.cashPerSquareMetre().toString());
    parameters.put("propertyAreaPerSquareMetre", land.propertyAreaPerSquareMetre().toString());
    parameters.put("equityPerSquareMetre", land.equityPerSquareMetre().toString());
    parameters.put("homesteadCompensationPerSquareMetre",
        land.homestead().compensationPerSquareMetre().toString());
    parameters.put("homesteadHousingAreaPerSquareMetre",
        land.homestead().housingAreaPerSquareMetre().toString());
    parameters.put("homesteadMaxHousingAreaPerHousehold",
        land.homestead().maxHousingAreaPerHousehold().toString());
    return Explained.of(land, version.explain("land.parameters", clause,
        ImmutableMap.of("organization", organization.id()), parameters,
        "retained land " + land.retainedLandRatio() + " of the expropriated area"));
  }
}
