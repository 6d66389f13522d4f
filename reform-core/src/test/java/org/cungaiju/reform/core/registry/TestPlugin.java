package org.cungaiju.reform.core.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.cungaiju.reform.spi.land.LandRules;

/** A small plugin for registry tests: dividend rules in the windows given, nothing else. */
class TestPlugin implements CountyPolicyProvider {
  static final PolicySource SOURCE = PolicySource.of("测试文件〔2025〕1号", "第一条",
      LocalDate.of(2025, 1, 1));

  private final String id;
  private final String county;
  private final SpiVersion spi;
  private final List<DividendRules> dividends = new ArrayList<>();
  private boolean landThrows;

  TestPlugin(String id, String county, SpiVersion spi) {
    this.id = id;
    this.county = county;
    this.spi = spi;
  }

  static TestPlugin of(String id, String county) {
    return new TestPlugin(id, county, SpiVersion.of(1, 0));
  }

  /** Adds a dividend version in force on {@code window}, retaining {@code percent}% reserve. */
  TestPlugin dividend(DateRange window, int percent) {
    FacetVersion v = FacetVersion.of(id, window, SOURCE);
    dividends.add(new FixedDividend(v, Rate.ofPercent(percent)));
    return this;
  }

  TestPlugin landThrowing() {
    landThrows = true;
    return this;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String countyCode() {
    return county;
  }

  @Override
  public SpiVersion spiVersion() {
    return spi;
  }

  @Override
  public String displayName() {
    return "测试政策 " + id;
  }

  @Override
  public List<DividendRules> dividendRules() {
    return dividends;
  }

  @Override
  public List<LandRules> landRules() {
    if (landThrows) {
      throw new IllegalStateException("the land table is missing");
    }
    return List.of();
  }

  record FixedDividend(FacetVersion version, Rate reserve) implements DividendRules {
    @Override
    public Explained<RetentionRates> retention(CollectiveOrganization organization, int year) {
      return Explained.of(RetentionRates.of(reserve, Rate.ZERO), version.explain(
          "dividend.fixed", "", java.util.Map.of(), java.util.Map.of(), "reserve " + reserve));
    }
  }
}
