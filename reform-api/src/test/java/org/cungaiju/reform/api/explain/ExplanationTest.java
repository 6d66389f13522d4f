package org.cungaiju.reform.api.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Explanation, PolicySource and Explained. */
class ExplanationTest {

  private static final PolicySource LAW =
      PolicySource.of("中华人民共和国农村集体经济组织法", "第十二条", LocalDate.of(2024, 6, 28));

  private static Explanation birth() {
    return Explanation.of("membership.birth", "jiangmen-default", "2025-05-01", LAW,
        Map.of("parent", "p7"), Map.of(), "member: born to a member");
  }

  @Test
  void keepsInputsInTheOrderGivenAndCopiesThem() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("residentId", "440705********001X");
    inputs.put("hukouIn", "2001-03-04");
    inputs.put("age", "24");
    Explanation e = Explanation.of("membership.hukou", "jiangmen-default", "2025-05-01", LAW,
        inputs, Map.of("cutOff", "2000-01-01"), "member");
    inputs.put("late", "x");
    assertThat(e.inputs().keySet()).containsExactly("residentId", "hukouIn", "age");
    assertThat(new Explanation(e.ruleId(), e.policyId(), e.version(), e.source(), e.inputs(),
        e.parameters(), e.outcome(), e.steps())).isEqualTo(e);
  }

  @Test
  void buildsOnSteps() {
    Explanation total = Explanation.of("shares.total", "jiangmen-default", "2025-05-01", LAW,
        Map.of(), Map.of(), "3 shares").withSteps(ImmutableList.of(birth(), birth()));
    assertThat(total.steps()).containsExactly(birth(), birth());
    assertThat(birth().steps()).isEmpty();
  }

  @Test
  void namesRulePolicyAndVersion() {
    assertThat(refused(() -> Explanation.of(" ", "p", "v", LAW, Map.of(), Map.of(), ""))
        .violations().get(0).path()).isEqualTo("ruleId");
    assertThat(refused(() -> Explanation.of("r", "", "v", LAW, Map.of(), Map.of(), ""))
        .violations().get(0).path()).isEqualTo("policyId");
    assertThat(refused(() -> Explanation.of("r", "p", "\t", LAW, Map.of(), Map.of(), ""))
        .violations().get(0).path()).isEqualTo("version");
  }

  @Test
  void sourceReadsAsDocumentClauseAndDate() {
    assertThat(LAW).hasToString("中华人民共和国农村集体经济组织法 第十二条 (2024-06-28)");
    assertThat(new PolicySource("江府〔2022〕1号", "", Optional.empty())).hasToString("江府〔2022〕1号");
    assertThat(new PolicySource(LAW.document(), LAW.clause(), LAW.decided())).isEqualTo(LAW);
    assertThat(refused(() -> new PolicySource(" ", "", Optional.empty())).violations().get(0)
        .path()).isEqualTo("document");
  }

  @Test
  void explainedCarriesItsExplanationThroughMap() {
    Explained<Integer> three = Explained.of(3, birth());
    Explained<String> text = three.map(n -> n + " shares");
    assertThat(text.value()).isEqualTo("3 shares");
    assertThat(text.explanation()).isSameAs(three.explanation());
    assertThatThrownBy(() -> Explained.of(null, birth())).isInstanceOf(NullPointerException.class);
  }
}
