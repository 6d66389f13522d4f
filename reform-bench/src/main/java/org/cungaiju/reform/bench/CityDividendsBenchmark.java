package org.cungaiju.reform.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.dividend.DividendBasis;
import org.cungaiju.reform.core.dividend.Dividends;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A city's dividends through the dividend engine's fast path: 10^4 organizations of 300
 * holders (3·10^6 holders), each with its prepared {@link DividendBasis} (holders' shares in
 * [1, 100], three to a household, a collective holder), an income of 10,000 to 1,000,000 yuan
 * and reserve and welfare rates; one organization after the other on one thread, funds, pool
 * and payouts of every holder computed, explanations left unbuilt. Scores are nanoseconds per
 * holder; times 3·10^6 for the whole city.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CityDividendsBenchmark {

  static final int ORGANIZATIONS = 10_000;
  static final int HOLDERS = 300;

  private DividendBasis[] bases;
  private Money[] incomes;
  private Explained<RetentionRates> rates;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20_260_103L);
    bases = new DividendBasis[ORGANIZATIONS];
    incomes = new Money[ORGANIZATIONS];
    for (int o = 0; o < ORGANIZATIONS; o++) {
      String organization = "org" + o;
      List<String> holders = new ArrayList<>(HOLDERS);
      List<Optional<String>> households = new ArrayList<>(HOLDERS);
      long[] shares = new long[HOLDERS];
      for (int h = 0; h < HOLDERS; h++) {
        boolean collective = h == HOLDERS - 1;
        holders.add(collective ? organization : organization + "-p" + h);
        households.add(collective ? Optional.empty()
            : Optional.of(organization + "-h" + h / 3));
        shares[h] = random.nextLong(1, 101);
      }
      bases[o] = DividendBasis.of(organization, holders, shares, households);
      incomes[o] = Money.ofFen(random.nextLong(1_000_000, 100_000_000));
    }
    FacetVersion version = FacetVersion.of("bench", DateRange.startingAt(
        java.time.LocalDate.of(2000, 1, 1)), new PolicySource("bench", "", Optional.empty()));
    rates = Explained.of(RetentionRates.of(Rate.parse("0.1"), Rate.parse("0.05")),
        version.explain("bench.retention", "", Map.of(), Map.of(), "0.1, 0.05"));
  }

  @Benchmark
  @OperationsPerInvocation(ORGANIZATIONS * HOLDERS)
  public long wholeCity() {
    long paid = 0;
    for (int o = 0; o < ORGANIZATIONS; o++) {
      paid += Dividends.distribute(bases[o], 2024, incomes[o], rates).payoutFen(0);
    }
    return paid;
  }
}
