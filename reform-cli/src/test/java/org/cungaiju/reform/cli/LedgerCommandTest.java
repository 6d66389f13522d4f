package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.cli.GovernanceCommandTest.reform;
import static org.cungaiju.reform.cli.GovernanceCommandTest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.cungaiju.reform.cli.GovernanceCommandTest.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code reform ledger} on a hand-written ledger: task 6 due 2025-06-30, done by 市农业农村局
 * but only in progress at 市自然资源局; task 9 due 2025-09-30 at 市民政局, blocked on
 * 2025-04-01 and corrected to in progress on 2025-04-03.
 */
class LedgerCommandTest {

  @Test
  void reportsOnTheDossiersAsOfByDefault() {
    Run run = reform("ledger", resource("governance.json"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode r = run.json();
    assertThat(r.get("date").textValue()).isEqualTo("2025-12-31");
    assertThat(r.get("entries").intValue()).isEqualTo(4);
    assertThat(r.get("inForce").intValue()).isEqualTo(3);
    assertThat(r.get("tasks")).hasSize(10);
    // 2025-06-30 to 2025-12-31 is 184 days; 2025-09-30 to 2025-12-31 is 92
    assertThat(r.get("overdue")).extracting(o -> o.get("taskNumber").intValue() + " "
            + o.get("department").textValue() + " " + o.get("daysOverdue").longValue())
        .containsExactly("6 市自然资源局 184", "9 市民政局 92");
    assertThat(r.at("/tasks/0/task/leadDepartments/0").textValue()).isEqualTo("市自然资源局");
  }

  @Test
  void reportsOnTheDateGiven() {
    Run july = reform("ledger", resource("governance.json"), "--date", "2025-07-01");
    assertThat(july.json().get("overdue")).extracting(o -> o.get("entryId").textValue())
        .containsExactly("L1");

    // before the correction, task 9 stood blocked
    Run april = reform("ledger", resource("governance.json"), "--date", "2025-04-02");
    assertThat(april.json().get("overdue")).isEmpty();
    assertThat(april.json().at("/tasks/8/latestStatus").textValue()).isEqualTo("BLOCKED");
    assertThat(april.json().get("entries").intValue()).isEqualTo(2);
  }

  @Test
  void printsASummaryAsText() {
    Run run = reform("ledger", resource("governance.json"), "--format", "text");

    assertThat(run.out())
        .contains("work ledger on 2025-12-31, 4 entries, 3 in force")
        .contains(" 6 深化村改居社区土地制度改革: DONE (已完成)")
        .contains("responsible: 市自然资源局、市农业农村局、市住房城乡建设局等")
        .contains("市自然资源局: IN_PROGRESS on 2025-03-01, due 2025-06-30, OVERDUE")
        .contains("task 9 市民政局: due 2025-09-30, IN_PROGRESS, 92 days overdue (entry L3)");
  }

  @Test
  void runsOnTheSample() {
    Path sample = Path.of(System.getProperty("reform.root", ".."), "samples",
        "xinhui-sample.json");
    Run run = reform("ledger", sample.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.json().get("tasks")).hasSize(10);
    assertThat(run.json().get("entries").intValue()).isPositive();
  }

  @Test
  void refusesABadDate() {
    Run run = reform("ledger", resource("governance.json"), "--date", "2025-13-01");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--date").contains("2025-13-01");
  }
}
