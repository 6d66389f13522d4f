package org.cungaiju.reform.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class CountyTest {

  /** Jiangmen and its seven county-level units, as GB/T 2260 lists them. */
  private static final Map<String, String> JIANGMEN = Map.of(
      "440700", "江门市", "440703", "蓬江区", "440704", "江海区", "440705", "新会区",
      "440781", "台山市", "440783", "开平市", "440784", "鹤山市", "440785", "恩平市");

  @Test
  void knowsExactlyTheEightCodesWithTheirChineseNames() {
    assertThat(Arrays.stream(County.values())
            .collect(Collectors.toMap(County::code, County::chineseName)))
        .isEqualTo(JIANGMEN);
    JIANGMEN.forEach((code, name) -> assertThat(County.of(code).chineseName()).isEqualTo(name));
  }

  @Test
  void tellsTheCityFromItsCounties() {
    assertThat(County.of("440700")).isEqualTo(County.CITY);
    assertThat(County.CITY.isCounty()).isFalse();
    assertThat(Arrays.stream(County.values()).filter(County::isCounty)).hasSize(7);
  }

  @Property
  void refusesEveryOtherSixDigitCode(@ForAll @IntRange(min = 0, max = 999_999) int n) {
    String code = String.format("%06d", n);
    if (JIANGMEN.containsKey(code)) {
      assertThat(County.of(code).code()).isEqualTo(code);
      return;
    }
    Violation v = refused(() -> County.of(code)).violations().get(0);
    assertThat(v.path()).isEqualTo("county");
    assertThat(v.value()).isEqualTo(code);
    JIANGMEN.forEach((c, name) -> assertThat(v.accepted()).contains(c + " " + name));
  }

  @Test
  void refusesTheHistoricalXinhuiCodesAndNonCodes() {
    for (String code : Set.of("440721", "440782", "440706", "", "44070", "4407050", "xinhui")) {
      Violation v = refused(() -> County.of(code)).violations().get(0);
      assertThat(v.problem()).contains("not Jiangmen or one of its counties");
      assertThat(v.accepted()).startsWith("440700 江门市, 440703 蓬江区");
    }
  }

  @Test
  void findsTheCountyOfADivisionCode() {
    assertThat(County.of(DivisionCode.parse("440705101201"))).isEqualTo(County.XINHUI);
    assertThat(County.of(DivisionCode.parse("440781"))).isEqualTo(County.TAISHAN);
    assertThat(refused(() -> County.of(DivisionCode.parse("440106001001"))).getMessage())
        .contains("440106");
  }

  @Test
  void givesItsDivisionCode() {
    for (County c : County.values()) {
      assertThat(c.divisionCode().value()).isEqualTo(c.code());
      assertThat(County.of(c.divisionCode())).isEqualTo(c);
    }
    assertThat(County.XINHUI.englishName()).isEqualTo("Xinhui");
  }
}
