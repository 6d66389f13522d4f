package org.cungaiju.reform.core.policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;

/**
 * Reserve and welfare fund rates: the charter's where it sets them, else the policy's. Where the
 * charter sets one rate and the policy's other would take the two past the whole income, the
 * charter's rate wins and the other fund gets what it leaves: a charter's welfare fund of 95%
 * leaves 5% for the reserve fund, not the policy's 10%.
 */
record DefaultDividendRules(FacetVersion version, String clause, Rate reserveFund,
    Rate welfareFund) implements DividendRules {

  @Override
  public Explained<RetentionRates> retention(CollectiveOrganization organization, int year) {
    Optional<Rate> charterReserve = organization.charter().reserveFundRate();
    Optional<Rate> charterWelfare = organization.charter().welfareFundRate();
    Rate reserve = charterReserve.orElseGet(() -> atMostRestOf(reserveFund, charterWelfare));
    Rate welfare = charterWelfare.orElseGet(() -> atMostRestOf(welfareFund, charterReserve));
    RetentionRates rates = RetentionRates.of(reserve, welfare);
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", organization.id());
    inputs.put("year", String.valueOf(year));
    inputs.put("charterReserveFundRate", charterReserve.map(Rate::toString).orElse("none"));
    inputs.put("charterWelfareFundRate", charterWelfare.map(Rate::toString).orElse("none"));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("reserveFundRate", reserveFund.toString());
    parameters.put("welfareFundRate", welfareFund.toString());
    String outcome = "reserve fund " + rates.reserveFund()
        + source(charterReserve, reserveFund, reserve) + ", welfare fund "
        + rates.welfareFund() + source(charterWelfare, welfareFund, welfare);
    return Explained.of(rates, version.explain("dividend.retention", clause, inputs, parameters,
        outcome));
  }

  /** {@code policy}, or what the charter's {@code other} rate leaves when that is less. */
  private static Rate atMostRestOf(Rate policy, Optional<Rate> other) {
    BigDecimal rest = BigDecimal.ONE.subtract(other.orElse(Rate.ZERO).value());
    return policy.value().compareTo(rest) <= 0 ? policy : Rate.of(rest);
  }

  private static String source(Optional<Rate> charter, Rate policy, Rate applied) {
    if (charter.isPresent()) {
      return " (charter)";
    }
    return applied.equals(policy) ? " (policy)"
        : " (what the charter's other rate leaves of the policy's " + policy + ")";
  }
}
