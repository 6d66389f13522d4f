package org.cungaiju.reform.testkit.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.election.ElectionConditions;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** A well-behaved plugin for 台山市: its own dividend rules and election conditions. */
public class SamplePlugin implements CountyPolicyProvider {
  static final PolicySource SOURCE = PolicySource.of("台山测试〔2024〕2号", "第五条",
      LocalDate.of(2024, 3, 1));
  private final FacetVersion v2024 = FacetVersion.of("sample",
      DateRange.startingAt(LocalDate.of(2024, 3, 1)), SOURCE);

  @Override
  public String id() {
    return "sample";
  }

  @Override
  public String countyCode() {
    return "440781";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "台山测试政策";
  }

  @Override
  public List<DividendRules> dividendRules() {
    return List.of(new DividendRules() {
      @Override
      public FacetVersion version() {
        return v2024;
      }

      @Override
      public Explained<RetentionRates> retention(CollectiveOrganization o, int year) {
        return Explained.of(RetentionRates.of(Rate.ofPercent(12), Rate.ofPercent(3)),
            v2024.explain("dividend.fixed", "", Map.of("organization", o.id()), Map.of(),
                "reserve 0.12, welfare 0.03"));
      }
    });
  }

  @Override
  public List<ElectionEligibility> electionEligibility() {
    ElectionConditions conditions = new ElectionConditions(true, 5, true, true, true);
    return List.of(new ElectionEligibility() {
      @Override
      public FacetVersion version() {
        return v2024;
      }

      @Override
      public Explained<org.cungaiju.reform.spi.election.Eligibility> decide(
          org.cungaiju.reform.api.community.Person person, LocalDate date) {
        return conditions.evaluate(person, date, v2024, "election.taishan", "第六条");
      }
    });
  }
}
