package org.cungaiju.reform.core.share;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.core.share.ShareTerms.TotalFrom;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** Share terms and member weights built by hand for the tests. */
final class Schemes {
  static final String ORG = "org1";
  static final LocalDate BASE = LocalDate.of(2020, 12, 31);
  static final FacetVersion VERSION = FacetVersion.of("test",
      DateRange.startingAt(LocalDate.of(2000, 1, 1)),
      PolicySource.of("测试股权设置办法", "第一条", LocalDate.of(2000, 1, 1)));
  static final ShareClass POPULATION = ShareClass.of("population", ShareClassKind.POPULATION);
  static final ShareClass FARM_AGE = ShareClass.of("farmAge", ShareClassKind.FARM_AGE);
  static final ShareClass COLLECTIVE = ShareClass.of("collective", ShareClassKind.COLLECTIVE);

  private Schemes() {}

  /** Terms with {@code total} shares (0 for shares equal weights) and a ratio (null for none). */
  static ShareTerms terms(long total, String ratio, Method method, ShareClass... classes) {
    List<ShareClass> all = new java.util.ArrayList<>(List.of(classes));
    if (ratio != null) {
      all.add(COLLECTIVE);
    }
    return new ShareTerms(VERSION, ImmutableList.copyOf(all),
        Optional.ofNullable(ratio).map(Rate::parse),
        total == 0 ? Optional.empty() : Optional.of(total),
        total == 0 ? TotalFrom.WEIGHTS : TotalFrom.CHARTER, method);
  }

  /** A member with weights given as class id, weight, class id, weight, … */
  static MemberWeights member(String id, String household, String... classAndWeight) {
    Map<String, Weight> weights = new LinkedHashMap<>();
    for (int i = 0; i < classAndWeight.length; i += 2) {
      weights.put(classAndWeight[i], Weight.parse(classAndWeight[i + 1]));
    }
    return new MemberWeights(id, household, ImmutableMap.copyOf(weights), why(id));
  }

  /** A member of household {@code "h-" + id} with one population weight. */
  static MemberWeights population(String id, String weight) {
    return member(id, "h-" + id, "population", weight);
  }

  static Explanation why(String id) {
    return VERSION.explain("test.weights", "", Map.of("member", id), Map.of(), "as given");
  }
}
