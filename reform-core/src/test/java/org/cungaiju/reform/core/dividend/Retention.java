package org.cungaiju.reform.core.dividend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** Retention rates and bases built by hand for the tests. */
final class Retention {
  static final FacetVersion VERSION = FacetVersion.of("test",
      DateRange.startingAt(LocalDate.of(2000, 1, 1)),
      PolicySource.of("测试收益分配办法", "第二条", LocalDate.of(2000, 1, 1)));

  private Retention() {}

  /** The rates {@code reserve} and {@code welfare}, such as {@code "0.1"}, explained. */
  static Explained<RetentionRates> rates(String reserve, String welfare) {
    RetentionRates rates = RetentionRates.of(Rate.parse(reserve), Rate.parse(welfare));
    return Explained.of(rates, VERSION.explain("test.retention", "", Map.of(), Map.of(),
        "reserve " + reserve + ", welfare " + welfare));
  }

  /** Holders h0, h1, … with these shares, each in a household of its own. */
  static DividendBasis basis(long... shares) {
    List<String> ids = new java.util.ArrayList<>();
    List<Optional<String>> homes = new java.util.ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      ids.add("h" + i);
      homes.add(Optional.of("home" + i));
    }
    return DividendBasis.of("org1", ids, shares, homes);
  }
}
