package org.cungaiju.reform.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * A plugin for 新会区 from 2025: 10,000 shares, a fifth of them collective, one population
 * weight per member; a reserve fund of 20% and a welfare fund of 5% whatever the charter says.
 */
public class CollectiveSharesPlugin implements CountyPolicyProvider {

  static final String ID = "collective-shares";
  static final FacetVersion VERSION = new FacetVersion(ID, "2025-01-01",
      DateRange.startingAt(LocalDate.of(2025, 1, 1)),
      PolicySource.of("新会集体股试点〔2025〕2号", "第四条", LocalDate.of(2024, 12, 1)));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String countyCode() {
    return "440705";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "新会区集体股试点";
  }

  @Override
  public List<ShareScheme> shareSchemes() {
    return List.of(new Scheme(VERSION));
  }

  @Override
  public List<DividendRules> dividendRules() {
    return List.of(new Rules(VERSION));
  }

  /** One population weight per member, 10,000 shares, 20% collective. */
  public record Scheme(FacetVersion version) implements ShareScheme {
    @Override
    public ImmutableList<ShareClass> classes() {
      return ImmutableList.of(ShareClass.of("population", ShareClassKind.POPULATION),
          ShareClass.of("collective", ShareClassKind.COLLECTIVE));
    }

    @Override
    public Explained<ImmutableMap<String, Weight>> weightsOf(
        Person member, CollectiveOrganization organization, LocalDate baseDate) {
      return Explained.of(ImmutableMap.of("population", Weight.ONE), version.explain(
          "pilot.population", "", Map.of("member", member.id()), Map.of(), "population 1"));
    }

    @Override
    public Optional<Rate> collectiveShareRatio() {
      return Optional.of(Rate.parse("0.2"));
    }

    @Override
    public Optional<Long> totalShares() {
      return Optional.of(10_000L);
    }
  }

  /** 20% and 5%, whatever the charter says. */
  public record Rules(FacetVersion version) implements DividendRules {
    @Override
    public Explained<RetentionRates> retention(CollectiveOrganization organization, int year) {
      return Explained.of(RetentionRates.of(Rate.parse("0.2"), Rate.parse("0.05")),
          version.explain("pilot.retention", "", Map.of("organization", organization.id()),
              Map.of(), "reserve 0.2, welfare 0.05"));
    }
  }
}
