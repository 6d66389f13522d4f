package org.cungaiju.reform.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;

class ResolutionPropertiesTest {

  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  /**
   * Versions laid end to end from cut points, with gaps where a length is odd: any date
   * resolves to the one version containing it, else to the municipal default.
   */
  @Property(tries = 200)
  void resolvesTheOneVersionContainingTheDateElseTheDefault(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 2000) Integer> lengths,
      @ForAll @IntRange(min = -100, max = 20000) int dayOffset) {
    TestPlugin plugin = TestPlugin.of("p", "440705");
    LocalDate from = START;
    for (int i = 0; i < lengths.size(); i++) {
      LocalDate to = from.plusDays(lengths.get(i));
      if (lengths.get(i) % 2 == 0) {
        plugin.dividend(i == lengths.size() - 1 ? DateRange.startingAt(from)
            : DateRange.of(from, to), i);
      }
      from = to;
    }
    PolicyRegistry r = PolicyRegistry.builder().strict().register(plugin).build();
    LocalDate date = START.plusDays(dayOffset);
    DividendRules found = r.resolve(County.XINHUI, Facet.DIVIDEND, date);
    assertThat(found.version().validity().contains(date)).isTrue();
    boolean covered = plugin.dividendRules().stream()
        .anyMatch(v -> v.version().validity().contains(date));
    assertThat(found.version().policyId()).isEqualTo(covered ? "p" : MunicipalDefaultPolicy.ID);
  }
}
