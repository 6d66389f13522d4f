package org.cungaiju.reform.testkit.contract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;

/** A plugin for 鹤山市 whose share scheme weighs members in a class it does not set up. */
public class StrayClassPlugin implements CountyPolicyProvider {
  private final FacetVersion version = FacetVersion.of("stray",
      DateRange.startingAt(LocalDate.of(2024, 1, 1)),
      PolicySource.of("鹤山测试〔2024〕4号", "", LocalDate.of(2024, 1, 1)));

  @Override
  public String id() {
    return "stray";
  }

  @Override
  public String countyCode() {
    return "440784";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "鹤山错配政策";
  }

  @Override
  public List<ShareScheme> shareSchemes() {
    return List.of(new ShareScheme() {
      @Override
      public FacetVersion version() {
        return version;
      }

      @Override
      public ImmutableList<ShareClass> classes() {
        return ImmutableList.of(ShareClass.of("population", ShareClassKind.POPULATION));
      }

      @Override
      public Explained<ImmutableMap<String, Weight>> weightsOf(
          Person member, CollectiveOrganization organization, LocalDate baseDate) {
        return Explained.of(ImmutableMap.of("population", Weight.ONE, "bonus", Weight.ONE),
            version.explain("share.stray", "", Map.of(), Map.of(), "population 1, bonus 1"));
      }
    });
  }
}
