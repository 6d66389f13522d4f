package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.GridPlanner;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.membership.MembershipDecisions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.run.ReformRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reform run} and {@code reform demo} on the sample. */
class RunCommandTest {

  @TempDir static Path dir;
  private static CommandRun run;
  private static JsonNode report;

  @BeforeAll
  static void runOnTheSample() throws IOException {
    run = CommandRun.reform("run", CommandRun.SAMPLE.toString(), "--out", dir.resolve("sample").toString(),
        "--lang", "en");
    report = ReformJson.readTree(Files.readAllBytes(dir.resolve("sample/report.json")))
        .orElseThrow();
  }

  @Test
  void writesBothFilesAndSaysWhere() {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(dir.resolve("sample/report.html")).isRegularFile();
    assertThat(run.out()).contains("wrote " + dir.resolve("sample/report.json"))
        .contains("wrote " + dir.resolve("sample/report.html"))
        .contains("江门市新会区莲洲社区").contains("Membership: persons decided");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theReportHasEverySectionComplete() {
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.get("complete").asBoolean()).isTrue();
    List<String> sections = new ArrayList<>();
    report.get("sections").fieldNames().forEachRemaining(sections::add);
    assertThat(sections).containsExactlyElementsOf(ReformRun.sectionIds());
    report.get("sections").forEach(s -> assertThat(s.get("status").asText()).isEqualTo("COMPLETE"));
  }

  @Test
  void itsTotalsAreTheEnginesOwn() throws IOException {
    Dossier sample = DossierReader.read(CommandRun.SAMPLE);
    PolicyRegistry registry = PolicyRegistry.builder().build();
    MembershipDecisions decisions = new MembershipEngine(registry).decide(sample);
    GridPlan plan = new GridPlanner(registry).plan(sample);

    JsonNode m = report.at("/sections/membership");
    assertThat(m.at("/figures/counts/members").asInt())
        .isEqualTo(decisions.withStatus(MembershipStatus.MEMBER).size());
    assertThat(m.at("/figures/counts/pending").asInt())
        .isEqualTo(decisions.withStatus(MembershipStatus.PENDING).size());
    assertThat(m.at("/result/decisions").size()).isEqualTo(decisions.decisions().size());
    int members = 0;
    for (JsonNode d : m.at("/result/decisions")) {
      members += d.get("status").asText().equals("MEMBER") ? 1 : 0;
    }
    assertThat(members).isEqualTo(decisions.withStatus(MembershipStatus.MEMBER).size());

    JsonNode g = report.at("/sections/grids");
    assertThat(g.at("/figures/counts/grids").asInt()).isEqualTo(plan.grids().size());
    assertThat(g.at("/result/plan/grids").size()).isEqualTo(plan.grids().size());
    long workers = 0;
    for (JsonNode grid : g.at("/result/plan/grids")) {
      workers += grid.get("fullTimeWorkers").asLong() + grid.get("partTimeWorkers").asLong();
    }
    assertThat(workers).isEqualTo(plan.summary().fullTimeWorkers()
        + plan.summary().partTimeWorkers());
    assertThat(report.at("/persons").size()).isEqualTo(sample.persons().size());

    JsonNode d = report.at("/sections/dividends");
    BigDecimal paid = BigDecimal.ZERO;
    for (JsonNode o : d.at("/result/organizations")) {
      for (JsonNode p : o.at("/distribution/payouts")) {
        paid = paid.add(new BigDecimal(p.get("payout").asText()));
      }
    }
    assertThat(new BigDecimal(d.at("/figures/amounts/paidOut").asText())).isEqualByComparingTo(paid)
        .isPositive();
    assertThat(d.at("/figures/amounts/paidOut").isTextual()).as("money as a decimal string")
        .isTrue();
  }

  @Test
  void redactsWhenAsked() throws IOException {
    Path out = dir.resolve("redacted");
    CommandRun r = CommandRun.reform("run", CommandRun.SAMPLE.toString(), "--out", out.toString(), "--redact");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    Dossier sample = DossierReader.read(CommandRun.SAMPLE);
    String json = Files.readString(out.resolve("report.json"));
    String html = Files.readString(out.resolve("report.html"));
    assertThat(ReformJson.readTree(json).orElseThrow().get("redacted").asBoolean()).isTrue();
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    sample.persons().forEach(p -> {
      ids.add(p.residentId().value());
      if (!p.name().value().equals(p.name().surname())) {
        names.add(p.name().value());
      }
    });
    List<String> shown = new ArrayList<>();
    Matcher id = Pattern.compile("[0-9]{17}[0-9X]").matcher(json + html);
    while (id.find()) {
      if (ids.contains(id.group())) {
        shown.add(ResidentId.mask(id.group()));
      }
    }
    Matcher text = Pattern.compile("(?:>|\")([^<>\"]+)(?:<|\")").matcher(json + html);
    while (text.find()) {
      if (names.contains(text.group(1))) {
        shown.add(PersonName.of(text.group(1)).masked());
      }
    }
    assertThat(shown).isEmpty();
  }

  @Test
  void refusesAnInvalidDossierBeforeWritingAnything() {
    Path broken = Path.of(System.getProperty("reform.root", ".."), "reform-cli", "src", "test",
        "resources", "dossiers", "three-problems.json");
    Path out = dir.resolve("never");
    CommandRun r = CommandRun.reform("run", broken.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("$.");
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesAnUnknownLanguage() {
    CommandRun r = CommandRun.reform("run", CommandRun.SAMPLE.toString(), "--lang", "fr");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--lang").contains("zh-CN or en");
  }

  @Test
  void theDemoRunsTheSampleIntoItsFolder() throws IOException {
    Path out = dir.resolve("demo");
    CommandRun r = CommandRun.reform("demo", "--out", out.toString(), "--lang", "zh-CN");
    JsonNode sample = ReformJson.readTree(Files.readAllBytes(CommandRun.SAMPLE)).orElseThrow();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).as("what the sample file holds, counted from its JSON").startsWith(
        "内置样例（samples/xinhui-sample.json）校验通过：" + sample.get("persons").size() + " 人，"
            + sample.get("households").size() + " 户，" + sample.get("organizations").size()
            + " 个集体经济组织，" + sample.get("gridUnits").size() + " 个网格单元\n");
    assertThat(r.out()).contains("江门市新会区莲洲社区").contains("成员资格认定")
        .contains("已写入 " + out.resolve("report.html"));
    assertThat(ReformJson.readTree(Files.readAllBytes(out.resolve("report.json"))).orElseThrow())
        .isEqualTo(report);
  }
}
