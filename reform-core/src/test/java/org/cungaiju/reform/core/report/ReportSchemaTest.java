package org.cungaiju.reform.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.run.ReformRun;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.ReformRunTest;
import org.cungaiju.reform.core.run.SampleRuns;
import org.junit.jupiter.api.Test;

/** {@code report.json} follows {@code docs/report.schema.json}, complete, failed or redacted. */
class ReportSchemaTest {

  static final Path SCHEMA =
      Path.of(System.getProperty("reform.root", ".."), "docs", "report.schema.json");

  private static JsonSchema schema() throws IOException {
    return JsonSchema.of(json(Files.readString(SCHEMA)));
  }

  private static JsonNode json(String text) {
    return ReformJson.readTree(text).orElseThrow();
  }

  @Test
  void theSampleReportFollowsTheSchema() throws IOException {
    assertThat(schema().violations(json(ReportJson.toJson(SampleRuns.report())))).isEmpty();
  }

  @Test
  void aRedactedReportFollowsTheSchema() throws IOException {
    assertThat(schema().violations(json(ReportJson.toJson(SampleRuns.report().redact()))))
        .isEmpty();
  }

  @Test
  void aReportWithAFailedSectionFollowsTheSchema() throws IOException {
    PolicyRegistry registry =
        PolicyRegistry.builder().register(ReformRunTest.brokenGrids()).build();
    Report broken = new ReformRun(registry).run(SampleRuns.sample());
    JsonNode doc = json(ReportJson.toJson(broken));
    assertThat(doc.at("/sections/grids/status").asText()).isEqualTo("FAILED");
    assertThat(doc.at("/sections/grids/result").isMissingNode()).isTrue();
    assertThat(doc.at("/sections/grids/error/kind").asText()).isEqualTo("PLUGIN_FAULT");
    assertThat(schema().violations(doc)).isEmpty();
  }

  @Test
  void theSchemaDescribesEverySectionAndRequiresThem() throws IOException {
    JsonNode sections = json(Files.readString(SCHEMA)).at("/properties/sections");
    List<String> described = new ArrayList<>();
    sections.get("properties").fieldNames().forEachRemaining(described::add);
    List<String> required = new ArrayList<>();
    sections.get("required").forEach(r -> required.add(r.asText()));
    assertThat(described).containsExactlyElementsOf(ReformRun.sectionIds());
    assertThat(required).containsExactlyElementsOf(ReformRun.sectionIds());
  }

  @Test
  void theCompactFormIsOneLineOfTheSameJson() {
    String line = ReportJson.toJsonLine(SampleRuns.report());
    assertThat(line).doesNotContain("\n");
    assertThat(json(line)).isEqualTo(json(ReportJson.toJson(SampleRuns.report())));
  }

  @Test
  void theValidatorFindsEachKindOfViolation() {
    JsonSchema s = JsonSchema.of(json("""
        {"type": "object",
         "properties": {
           "n": {"type": "integer"},
           "e": {"enum": ["A", "B"]},
           "p": {"type": "string", "pattern": "^[0-9]+$"},
           "a": {"type": "array", "items": {"$ref": "#/$defs/small"}}},
         "required": ["n"],
         "additionalProperties": false,
         "$defs": {"small": {"type": "object", "properties": {"x": {"type": "boolean"}},
                             "required": ["x"], "additionalProperties": false}}}"""));
    assertThat(s.violations(json("{\"n\": 1, \"e\": \"A\", \"p\": \"12\", \"a\": [{\"x\": true}]}")))
        .isEmpty();
    assertThat(s.violations(json("{\"e\": \"C\", \"p\": \"1a\", \"a\": [{\"y\": 1}], \"z\": 0}")))
        .containsExactlyInAnyOrder(
            "$: lacks the required property n",
            "$.e: \"C\" is not one of [\"A\",\"B\"]",
            "$.p: \"1a\" does not match \"^[0-9]+$\"",
            "$.a[0]: lacks the required property x",
            "$.a[0].y: is not allowed",
            "$.z: is not allowed");
    assertThat(s.violations(json("{\"n\": 1.5}"))).containsExactly("$.n: is NUMBER, not \"integer\"");
  }

  @Test
  void theValidatorRefusesKeywordsOutsideItsSubset() {
    assertThatThrownBy(() -> JsonSchema.of(json("{\"type\": \"integer\", \"minimum\": 0}")))
        .hasMessageContaining("minimum");
    assertThatThrownBy(() -> JsonSchema.of(json("{\"$ref\": \"#/$defs/none\"}")))
        .hasMessageContaining("unresolved");
  }
}
