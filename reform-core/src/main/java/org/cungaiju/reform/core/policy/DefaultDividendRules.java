package org.cungaiju.reform.core.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** Reserve and welfare fund rates: the charter's where it sets them, else the policy's. */
record DefaultDividendRules(FacetVersion version, String clause, Rate reserveFund,
    Rate welfareFund) implements DividendRules {

  @Override
  public Explained<RetentionRates> retention(CollectiveOrganization organization, int year) {
    Optional<Rate> charterReserve = organization.charter().reserveFundRate();
    Optional<Rate> charterWelfare = organization.charter().welfareFundRate();
    RetentionRates rates = RetentionRates.of(charterReserve.orElse(reserveFund),
        charterWelfare.orElse(welfareFund));
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", organization.id());
    inputs.put("year", String.valueOf(year));
    inputs.put("charterReserveFundRate", charterReserve.map(Rate::toString).orElse("none"));
    inputs.put("charterWelfareFundRate", charterWelfare.map(Rate::toString).orElse("none"));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("reserveFundRate", reserveFund.toString());
    parameters.put("welfareFundRate", welfareFund.toString());
    String outcome = "reserve fund " + rates.reserveFund()
        + (charterReserve.isPresent() ? " (charter)" : " (policy)") + ", welfare fund "
        + rates.welfareFund() + (charterWelfare.isPresent() ? " (charter)" : " (policy)");
    return Explained.of(rates, version.explain("dividend.retention", clause, inputs, parameters,
        outcome));
  }
}
