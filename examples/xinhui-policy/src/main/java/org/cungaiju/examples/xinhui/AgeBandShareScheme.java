package org.cungaiju.examples.xinhui;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * Population shares (人口股) banded by age on the base date — under 18: 0.5; 18 to 59: 1;
 * 60 and over: 1.2 — plus farm-age shares (农龄股): one per whole year of farming up to the base
 * date, summed over every period from {@code FARMING_START} to the next {@code FARMING_END} (or
 * the base date), at most {@value #MAX_FARM_YEARS}.
 */
record AgeBandShareScheme(FacetVersion version) implements ShareScheme {
  static final ShareClass POPULATION = ShareClass.of("population", ShareClassKind.POPULATION);
  static final ShareClass FARM_AGE = ShareClass.of("farmAge", ShareClassKind.FARM_AGE);
  static final int MAX_FARM_YEARS = 30;

  @Override
  public ImmutableList<ShareClass> classes() {
    return ImmutableList.of(POPULATION, FARM_AGE);
  }

  @Override
  public Explained<ImmutableMap<String, Weight>> weightsOf(
      Person member, CollectiveOrganization organization, LocalDate baseDate) {
    int age = member.birthDate().isAfter(baseDate) ? 0 : member.ageOn(baseDate);
    Weight population = age < 18 ? Weight.parse("0.5")
        : age < 60 ? Weight.ONE : Weight.of(new BigDecimal("1.2"));
    int farmYears = Math.min(farmYears(member, baseDate), MAX_FARM_YEARS);
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("member", member.id());
    inputs.put("baseDate", baseDate.toString());
    inputs.put("ageOnBaseDate", String.valueOf(age));
    inputs.put("farmYears", String.valueOf(farmYears));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("population", "<18: 0.5, 18-59: 1, >=60: 1.2");
    parameters.put("farmAge", "1 per whole year farmed, at most " + MAX_FARM_YEARS);
    ImmutableMap<String, Weight> weights = ImmutableMap.of(POPULATION.id(), population,
        FARM_AGE.id(), Weight.of(farmYears));
    return Explained.of(weights, version.explain("xinhui.share.ageBands", "", inputs, parameters,
        "population " + population + ", farm age " + farmYears));
  }

  private static int farmYears(Person member, LocalDate baseDate) {
    int years = 0;
    LocalDate start = null;
    for (PersonEvent e : member.eventsUntil(baseDate)) {
      if (e.type() == PersonEventType.FARMING_START && start == null) {
        start = e.date();
      } else if (e.type() == PersonEventType.FARMING_END && start != null) {
        years += Period.between(start, e.date()).getYears();
        start = null;
      }
    }
    if (start != null) {
      years += Period.between(start, baseDate).getYears();
    }
    return years;
  }
}
