package org.cungaiju.reform.core.dividend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.core.share.Villages.charter;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.share.RegisterOrigin;
import org.cungaiju.reform.core.share.Villages;
import org.junit.jupiter.api.Test;

/** Dividends over a dossier, under the municipal default. */
class DividendEngineTest {

  private static final DividendEngine ENGINE =
      new DividendEngine(PolicyRegistry.builder().build());
  private static final LocalDate DATE = LocalDate.of(2025, 12, 31);

  /**
   * g1's charter sets a reserve rate of 0.3: of 1,000.00, 300.00 is reserved, welfare 0 (the
   * default), and the pool of 700.00 goes 350.00 each to the two holders of the dossier's
   * register. g2 sets none: the default 10% keeps 100.00 of its 1,000.00, and its two members
   * (quantified, one share each) get 450.00 each. g3 lost money: nothing retained or paid. g4 has
   * no figures for 2024. g5 earned but has no member and no register: nothing can be paid.
   */
  @Test
  void everyOrganizationGetsAStatusAndTheChartersRatesWin() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, "2020-12-31", "0.3", null, null))
        .organization("g2", charter(ShareManagement.DYNAMIC, null, null, null, null))
        .organization("g3", charter(ShareManagement.STATIC, null, null, null, null))
        .organization("g4", charter(ShareManagement.STATIC, null, null, null, null))
        .organization("g5", charter(ShareManagement.STATIC, null, null, null, null))
        .person("a1", "1960-01-01", "h1", "g1", List.of())
        .person("a2", "1962-01-01", "h1", "g1", List.of())
        .person("b1", "1970-01-01", "h2", "g2", List.of())
        .person("b2", "1971-01-01", "h3", "g2", List.of())
        .person("c1", "1970-01-01", "h4", "g3", List.of())
        .register(new ShareRegister("g1", LocalDate.of(2020, 12, 31),
            ImmutableList.of(ShareClass.of("population", ShareClassKind.POPULATION)),
            ImmutableList.of(new Holding("a1", "population", 10),
                new Holding("a2", "population", 10))))
        .income("g1", 2024, "1000.00").income("g2", 2024, "1000.00")
        .income("g3", 2024, "-50.00").income("g4", 2023, "80.00").income("g5", 2024, "9.00")
        .build();

    YearDistribution year = ENGINE.distribute(dossier, 2024, DATE);

    assertThat(year.organizations()).extracting(OrganizationDividend::status).containsExactly(
        DividendStatus.DISTRIBUTED, DividendStatus.DISTRIBUTED,
        DividendStatus.NO_POSITIVE_INCOME, DividendStatus.NO_FIGURES, DividendStatus.NO_SHARES);
    DividendReport g1 = year.organization("g1").orElseThrow().distribution().orElseThrow();
    assertThat(g1.reserveFund()).isEqualTo(Money.parse("300.00"));
    assertThat(g1.welfareFund()).isEqualTo(Money.ZERO);
    assertThat(g1.payouts()).extracting(Payout::payout)
        .containsOnly(Money.parse("350.00"));
    assertThat(g1.households()).singleElement()
        .satisfies(h -> assertThat(h.payout()).isEqualTo(Money.parse("700.00")));
    assertThat(g1.explanation().steps().get(0).outcome()).contains("(charter)");
    OrganizationDividend g2 = year.organization("g2").orElseThrow();
    assertThat(g2.shares().orElseThrow().origin()).isEqualTo(RegisterOrigin.QUANTIFIED);
    assertThat(g2.distribution().orElseThrow().reserveFund()).isEqualTo(Money.parse("100.00"));
    assertThat(g2.distribution().orElseThrow().payouts()).extracting(Payout::payout)
        .containsOnly(Money.parse("450.00"));
    assertThat(year.organization("g3").orElseThrow().distribution().orElseThrow().retention())
        .isEqualTo(Money.ZERO);
    assertThat(year.organization("g4").orElseThrow().shares()).isEmpty();
    assertThat(year.organization("g4").orElseThrow().explanation().outcome())
        .contains("no financial figures for 2024");
    OrganizationDividend g5 = year.organization("g5").orElseThrow();
    assertThat(g5.distribution()).isEmpty();
    assertThat(g5.explanation().outcome()).contains("9.00", "holds no shares",
        "nothing retained, nothing paid");

    String json = ReformJson.write(year);
    assertThat(json).contains("\"status\":\"NO_SHARES\"", "\"reserveFund\":\"300.00\"",
        "\"quota\":\"35000\"");
  }

  @Provide
  Arbitrary<String> charterRates() {
    return Arbitraries.of(null, "0", "0.05", "0.1", "0.15", "0.3", "0.333333", "0.5");
  }

  /** A rate the charter sets is the one applied; one it leaves out is the default's. */
  @Property(tries = 60)
  void ratesFromTheCharterOverrideThePolicy(@ForAll("charterRates") String reserve,
      @ForAll("charterRates") String welfare,
      @ForAll @LongRange(min = 1, max = 100_000_000_000L) long incomeFen) {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, null, reserve, welfare, null))
        .person("a1", "1960-01-01", "h1", "g1", List.of())
        .income("g1", 2024, Money.ofFen(incomeFen).toString())
        .build();
    DividendReport report = ENGINE.distribute(dossier, 2024, DATE).organizations().get(0)
        .distribution().orElseThrow();
    BigDecimal r = new BigDecimal(reserve == null ? "0.1" : reserve);
    BigDecimal w = new BigDecimal(welfare == null ? "0" : welfare);
    assertThat(report.reserveFund().fen()).isEqualTo(floor(r, incomeFen));
    assertThat(report.welfareFund().fen()).isEqualTo(floor(w, incomeFen));
    assertThat(report.payouts()).singleElement().satisfies(p -> assertThat(p.payout().fen())
        .isEqualTo(incomeFen - floor(r, incomeFen) - floor(w, incomeFen)));
  }

  private static long floor(BigDecimal rate, long fen) {
    return rate.multiply(BigDecimal.valueOf(fen)).setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }
}
