package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.cungaiju.reform.core.json.ReformJson;
import org.junit.jupiter.api.Test;

/** {@code reform governance} on hand-written dossiers and on the bundled sample. */
class GovernanceCommandTest {

  private static final Path SAMPLE =
      Path.of(System.getProperty("reform.root", ".."), "samples", "xinhui-sample.json");

  /** What one run of {@code reform} returned and printed. */
  record Run(int exitCode, String out, String err) {
    JsonNode json() {
      return ReformJson.readTree(out).orElseThrow();
    }
  }

  static Run reform(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String resource(String name) {
    try {
      return Path.of(GovernanceCommandTest.class.getResource("/dossiers/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void printsTheReportAsJson() {
    Run run = reform("governance", resource("governance.json"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    JsonNode report = run.json();
    assertThat(report.get("date").textValue()).isEqualTo("2025-12-31");
    // the voter roll p1, p2, p3 is the member roll; the collective pays public spending
    assertThat(report.get("separation")).extracting(f -> f.get("status").textValue())
        .containsExactly("MIXED", "SEPARATED", "SEPARATED", "MIXED", "SEPARATED");
    assertThat(report.at("/officeHolders/0/personId").textValue()).isEqualTo("p1");
    assertThat(report.at("/officeHolders/0/allowed").booleanValue()).isTrue();
    assertThat(report.at("/officeHolders/0/explanation/policyId").textValue())
        .isEqualTo("jiangmen-default");
    assertThat(report.at("/candidates/0/personId").textValue()).isEqualTo("n1");
    assertThat(report.at("/candidates/0/eligibility/unmet/0").textValue())
        .isEqualTo("creditDiscipline");
    assertThat(report.at("/candidates/1/eligibility/eligible").booleanValue()).isTrue();
    assertThat(run.out()).doesNotContain("430102198502021237", "王建华");
  }

  @Test
  void printsASummaryAsText() {
    Run run = reform("governance", resource("governance.json"), "--format", "text");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("选民资格 VOTER_QUALIFICATION: MIXED (混同)")
        .contains("mixed: the voter roll is the member roll: the same 3 persons (p1, p2, p3)")
        .contains("p1: 社区党组织书记, 社区居委会主任, 集体经济组织负责人@v1 — allowed")
        .contains("1 eligible, 1 not")
        .contains("conditions unmet: creditDiscipline 1");
  }

  @Test
  void checksOnTheDateGiven() {
    // on 2024-03-31 n1 was not yet under credit discipline
    Run run = reform("governance", resource("governance.json"), "--date", "2024-03-31");

    assertThat(run.json().get("date").textValue()).isEqualTo("2024-03-31");
    assertThat(run.json().at("/candidates/0/eligibility/eligible").booleanValue()).isTrue();
  }

  @Test
  void runsOnTheSample() {
    Run run = reform("governance", SAMPLE.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode report = run.json();
    assertThat(report.get("separation")).hasSize(5);
    assertThat(report.get("candidates")).isNotEmpty().allSatisfy(c ->
        assertThat(c.at("/explanation/ruleId").textValue())
            .isEqualTo("election.nonHukouCandidate"));
  }

  @Test
  void refusesAnInvalidDossierAndAnUnknownFormat() {
    Run invalid = reform("governance", resource("three-problems.json"));
    assertThat(invalid.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(invalid.err()).contains("invalid dossier, 3 problems:").contains("$.county");
    assertThat(invalid.out()).isEmpty();

    Run format = reform("governance", resource("governance.json"), "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("--format: 'xml' is not a format; give json or text");

    Run missing = reform("governance", "no-such-file.json");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("cannot read no-such-file.json: no such file");
  }
}
