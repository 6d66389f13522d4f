package org.cungaiju.reform.core.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.fixtures.SmallDossiers.person;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.fixtures.OnePlugin;
import org.cungaiju.reform.core.fixtures.SmallDossiers;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.land.HomesteadTerms;
import org.cungaiju.reform.spi.land.LandParameters;
import org.cungaiju.reform.spi.land.LandRules;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, computed by hand from the municipal default's land parameters: retained
 * land 10% of the expropriated area; unrealized land at 1,000.00 yuan, 1 m² of floor area or
 * 1,000.00 yuan of equity per m²; homesteads at 800.00 yuan or 1 m² of housing per m², at most
 * 120 m² per household.
 */
class LandCalculationsTest {

  private static final LandCalculations DEFAULT =
      new LandCalculations(PolicyRegistry.builder().build());

  private static Dossier dossier(Land land) {
    return SmallDossiers.builder(2, person("p1", "1970-01-01", true),
        person("p2", "1972-01-01", true)).land(land).build();
  }

  private static Weight area(String text) {
    return Weight.parse(text);
  }

  @Test
  void retainedLandUnderTheDefault() {
    // entitlement 0.1 × 123456.78 = 12345.678 m²; unrealized 12345.678 − 5000 = 7345.678 m²
    // cash 7345.678 × 1000.00 = 7345678.00 yuan; property 7345.678 × 1 = 7345.678, rounded
    // down to 7345.67 m²; equity 7345678.00 yuan
    Dossier d = dossier(new Land(ImmutableList.of(
        new RetainedLand("v1", area("123456.78"), area("5000"))), ImmutableList.of()));

    RetainedLandValue v = DEFAULT.calculate(d).retainedLand().get(0);

    assertThat(v.ratio()).isEqualTo(Rate.ofPercent(10));
    assertThat(v.entitlement()).isEqualTo(area("12345.678"));
    assertThat(v.unrealized()).isEqualTo(area("7345.678"));
    assertThat(v.realizedBeyondEntitlement()).isEqualTo(Weight.ZERO);
    assertThat(v.cash()).isEqualTo(Money.parse("7345678.00"));
    assertThat(v.propertyArea()).isEqualTo(area("7345.67"));
    assertThat(v.equity()).isEqualTo(Money.parse("7345678.00"));
    assertThat(v.explanation().ruleId()).isEqualTo("land.retainedLand");
    assertThat(v.explanation().policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(v.explanation().source().clause()).isEqualTo("三(三)6 深化村改居社区土地制度改革");
    assertThat(v.explanation().outcome()).contains("entitlement 0.1 × 123456.78 = 12345.678 m²")
        .contains("property 7345.678 m²");
    assertThat(v.explanation().steps()).singleElement()
        .satisfies(s -> assertThat(s.ruleId()).isEqualTo("land.parameters"));
    // written by the library's writer: money and areas as decimal strings
    assertThat(ReformJson.write(DEFAULT.calculate(d)))
        .contains("\"cash\":\"7345678.00\"", "\"propertyArea\":\"7345.67\"");
  }

  @Test
  void landRealizedBeyondTheEntitlementLeavesNothingToConvert() {
    // entitlement 0.1 × 20000 = 2000 m²; realized 2500.5 m² is 500.5 m² beyond it
    Dossier d = dossier(new Land(ImmutableList.of(
        new RetainedLand("g1", area("20000"), area("2500.5"))), ImmutableList.of()));

    RetainedLandValue v = DEFAULT.calculate(d).retainedLand().get(0);

    assertThat(v.entitlement()).isEqualTo(area("2000"));
    assertThat(v.unrealized()).isEqualTo(Weight.ZERO);
    assertThat(v.realizedBeyondEntitlement()).isEqualTo(area("500.5"));
    assertThat(v.cash()).isEqualTo(Money.ZERO);
    assertThat(v.propertyArea()).isEqualTo(Weight.ZERO);
  }

  @Test
  void homesteadOffersUnderTheDefault() {
    // h-p1: 96.5 m² → 96.5 × 800.00 = 77200.00 yuan, or 96.5 × 1 = 96.5 m² of housing
    // h-p2: 150.25 m² → 150.25 × 800.00 = 120200.00 yuan, or 150.25 m² capped at 120 m²
    Dossier d = dossier(new Land(ImmutableList.of(), ImmutableList.of(
        new HomesteadWithdrawal("w1", "h-p1", "g1", area("96.5"), LocalDate.of(2025, 8, 1)),
        new HomesteadWithdrawal("w2", "h-p2", "g1", area("150.25"), LocalDate.of(2025, 9, 1)))));

    LandReport report = DEFAULT.calculate(d);

    HomesteadOffer small = report.homesteadOffers().get(0);
    assertThat(small.compensation()).isEqualTo(Money.parse("77200.00"));
    assertThat(small.housingArea()).isEqualTo(area("96.5"));
    assertThat(small.housingCapped()).isFalse();
    HomesteadOffer large = report.homesteadOffers().get(1);
    assertThat(large.compensation()).isEqualTo(Money.parse("120200.00"));
    assertThat(large.housingArea()).isEqualTo(area("120"));
    assertThat(large.housingCapped()).isTrue();
    assertThat(large.explanation().outcome()).contains("150.25 × 1 = 150.25 m², capped at 120 m²");
    assertThat(large.applied()).isEqualTo(LocalDate.of(2025, 9, 1));
  }

  @Test
  void aCountysRatesAreRoundedDownOnlyAtTheEnd() {
    // a county with 7%, 1234.57 yuan and 1.5 m² and 999.99 yuan per m²:
    // entitlement 0.07 × 1000.5 = 70.035 m²
    // cash 70.035 × 123457 fen = 8646310.995 fen → 8646310 fen = 86463.10 yuan
    // property 70.035 × 1.5 = 105.0525 m² → 105.05 m²
    // equity 70.035 × 99999 fen = 7003429.965 fen → 7003429 fen = 70034.29 yuan
    LandCalculations county = new LandCalculations(new OnePlugin().land(new FixedLand(
        new LandParameters(Rate.ofPercent(7), Money.parse("1234.57"), area("1.5"),
            Money.parse("999.99"), new HomesteadTerms(Money.parse("0.33"), area("0.333"),
                area("100"))))).registry());
    Dossier d = dossier(new Land(ImmutableList.of(
        new RetainedLand("v1", area("1000.5"), Weight.ZERO)), ImmutableList.of(
        new HomesteadWithdrawal("w1", "h-p1", "v1", area("10.01"), LocalDate.of(2025, 1, 1)))));

    LandReport report = county.calculate(d);

    RetainedLandValue v = report.retainedLand().get(0);
    assertThat(v.entitlement()).isEqualTo(area("70.035"));
    assertThat(v.cash()).isEqualTo(Money.parse("86463.10"));
    assertThat(v.propertyArea()).isEqualTo(area("105.05"));
    assertThat(v.equity()).isEqualTo(Money.parse("70034.29"));
    assertThat(v.explanation().outcome()).contains("cash 86463.10995 yuan");
    assertThat(v.explanation().policyId()).isEqualTo(OnePlugin.ID);
    // 10.01 × 33 fen = 330.33 fen → 3.30 yuan; 10.01 × 0.333 = 3.33333 m² → 3.33 m²
    HomesteadOffer o = report.homesteadOffers().get(0);
    assertThat(o.compensation()).isEqualTo(Money.parse("3.30"));
    assertThat(o.housingArea()).isEqualTo(area("3.33"));
  }

  @Test
  void aValueTooLargeForTheLibraryNamesItsPath() {
    Dossier d = dossier(new Land(ImmutableList.of(
        new RetainedLand("v1", Weight.of(1L << 60), Weight.ZERO)), ImmutableList.of()));

    assertThatThrownBy(() -> DEFAULT.calculate(d))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("land.retainedLand[0].expropriatedArea: makes an amount above");
  }

  @Test
  void aLandFacetThatThrowsIsReported() {
    LandCalculations broken = new LandCalculations(new OnePlugin().land(new FixedLand(null) {
      @Override
      public Explained<LandParameters> parameters(CollectiveOrganization organization) {
        throw new IllegalArgumentException("no rate table for " + organization.id());
      }
    }).registry());
    Dossier d = dossier(new Land(ImmutableList.of(
        new RetainedLand("g1", area("100"), Weight.ZERO)), ImmutableList.of()));

    assertThatThrownBy(() -> broken.calculate(d))
        .isInstanceOf(PluginFaultException.class)
        .hasMessageContaining("facet land version 2000-01-01 failed deciding organization g1: "
            + "threw java.lang.IllegalArgumentException: no rate table for g1");
  }

  @Test
  void aDossierWithoutALandSectionHasNothingToCalculate() {
    LandReport report = DEFAULT.calculate(SmallDossiers.builder(1,
        person("p1", "1970-01-01", true)).build());
    assertThat(report.retainedLand()).isEmpty();
    assertThat(report.homesteadOffers()).isEmpty();
  }

  /** Land rules giving the same parameters to every organization. */
  private static class FixedLand implements LandRules {
    private final LandParameters parameters;

    FixedLand(LandParameters parameters) {
      this.parameters = parameters;
    }

    @Override
    public org.cungaiju.reform.spi.facet.FacetVersion version() {
      return OnePlugin.VERSION;
    }

    @Override
    public Explained<LandParameters> parameters(CollectiveOrganization organization) {
      return Explained.of(parameters, OnePlugin.VERSION.explain("land.parameters", "",
          ImmutableMap.of("organization", organization.id()), ImmutableMap.of(), "fixed"));
    }
  }
}
