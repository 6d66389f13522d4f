package org.cungaiju.reform.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.core.json.ReformJson;
import org.junit.jupiter.api.Test;

/** A plan written by the library's JSON writer: component names, in order, exact figures. */
class GridPlanJsonTest {

  private static JsonNode written() {
    var units = Units.sketch().unit("a", 250).unit("b", 100).unit("c", 650).unit("s", 0, 0)
        .chain("a", "b", "c", "s").build();
    GridPlan plan = GridPlanner.plan(units, List.of(new DedicatedGrid("dg", "小学",
        DedicatedGridKind.SCHOOL, ImmutableList.of("s"))),
        Units.explained(Units.standard(300, 500, 2500)));
    return ReformJson.readTree(ReformJson.write(plan)).orElseThrow();
  }

  @Test
  void writesTheGridsWithTheirFiguresAndViolations() {
    JsonNode json = written();
    assertThat(json.fieldNames()).toIterable().containsExactly("grids", "dedicatedGrids",
        "summary", "parameters", "explanation");
    JsonNode first = json.get("grids").get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly("id", "unitIds", "households",
        "residents", "workload", "fullTimeWorkers", "partTimeWorkers", "functions",
        "violations");
    assertThat(first.get("id").asText()).isEqualTo("G01");
    assertThat(first.get("unitIds").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(first.get("households").isInt()).isTrue();
    assertThat(first.get("households").asInt()).isEqualTo(350);
    assertThat(first.get("functions")).hasSize(5);
    JsonNode over = json.get("grids").get(1).get("violations").get(0);
    assertThat(over.get("bound").asText()).isEqualTo("HOUSEHOLDS_ABOVE_MAXIMUM");
    assertThat(over.get("cause").asText()).isEqualTo("UNIT_ABOVE_MAXIMUM");
    assertThat(over.get("actual").asLong()).isEqualTo(650);
  }

  @Test
  void writesTheSummaryDedicatedGridsAndExplanation() {
    JsonNode json = written();
    JsonNode summary = json.get("summary");
    assertThat(summary.get("gridCount").asInt()).isEqualTo(2);
    // ⌈1000 ÷ 500⌉
    assertThat(summary.get("lowerBound").asInt()).isEqualTo(2);
    assertThat(summary.get("workloadCv").isBigDecimal()).isTrue();
    assertThat(summary.get("workloadCv").decimalValue().scale()).isEqualTo(4);
    assertThat(summary.get("flaggedGridIds").toString()).isEqualTo("[\"G02\"]");
    assertThat(json.get("dedicatedGrids").get(0).get("kind").asText()).isEqualTo("SCHOOL");
    assertThat(json.get("parameters").get("workloadWeights").get("households").asLong())
        .isEqualTo(1);
    assertThat(json.get("explanation").get("ruleId").asText()).isEqualTo(GridPlan.RULE_ID);
    assertThat(json.get("explanation").get("steps").get(0).get("ruleId").asText())
        .isEqualTo("grid.standard");
  }
}
