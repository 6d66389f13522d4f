package org.cungaiju.reform.testkit.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** A plugin for 开平市 whose dividend rules answer differently on every call. */
public class FlakyPlugin implements CountyPolicyProvider {
  private final AtomicInteger calls = new AtomicInteger();
  private final FacetVersion version = FacetVersion.of("flaky",
      DateRange.startingAt(LocalDate.of(2024, 1, 1)),
      PolicySource.of("开平测试〔2024〕9号", "", LocalDate.of(2024, 1, 1)));

  @Override
  public String id() {
    return "flaky";
  }

  @Override
  public String countyCode() {
    return "440783";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "开平不稳定政策";
  }

  @Override
  public List<DividendRules> dividendRules() {
    return List.of(new DividendRules() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public Explained<RetentionRates> retention(CollectiveOrganization o, int year) {
        Rate r = Rate.ofPercent(calls.incrementAndGet() % 2 == 0 ? 10 : 20);
        return Explained.of(RetentionRates.of(r, Rate.ZERO), version.explain("dividend.flaky",
            "", Map.of(), Map.of(), "reserve " + r));
      }
    });
  }
}
