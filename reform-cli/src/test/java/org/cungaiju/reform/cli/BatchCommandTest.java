package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierWriter;
import org.cungaiju.reform.core.json.ReformJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reform batch} over a folder and over NDJSON streams. */
class BatchCommandTest {

  @TempDir static Path dir;
  private static Path county;

  private static Dossier small(long seed) {
    return DossierGenerator.generate(GeneratorOptions.builder().seed(seed).households(12)
        .gridUnits(4).build());
  }

  /** One dossier as one line of NDJSON. */
  private static String line(Dossier d) {
    return ReformJson.write(d);
  }

  private static List<JsonNode> lines(String out) {
    List<JsonNode> lines = new ArrayList<>();
    out.lines().forEach(l -> lines.add(ReformJson.readTree(l).orElseThrow()));
    return lines;
  }

  @BeforeAll
  static void aCountyOf20GoodDossiersAndOneBroken() throws IOException {
    county = Files.createDirectories(dir.resolve("county"));
    for (int i = 1; i <= 20; i++) {
      DossierWriter.write(small(i), county.resolve(String.format("c%02d.json", i)));
    }
    Files.writeString(county.resolve("c21-broken.json"),
        "{\"schemaVersion\": 1, \"asOf\": \"2025-13-01\"}");
    Files.writeString(county.resolve("notes.txt"), "not a dossier");
  }

  @Test
  void writesTwentyReportsAndListsTheOneError() throws IOException {
    Path out = dir.resolve("reports");
    CommandRun run = CommandRun.reform("batch", county.toString(), "--out", out.toString(), "--lang", "en");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    List<Path> folders;
    try (Stream<Path> list = Files.list(out)) {
      folders = list.sorted().toList();
    }
    assertThat(folders).hasSize(20);
    for (Path f : folders) {
      assertThat(f.resolve("report.json")).isRegularFile();
      assertThat(f.resolve("report.html")).isRegularFile();
    }
    assertThat(run.err())
        .contains("21 dossiers: 20 complete, 0 with a failed section, 1 invalid")
        .contains("errors (1):")
        .contains("c21-broken.json: $.asOf")
        .contains("[21/21] c21-broken.json: invalid dossier");
    List<JsonNode> lines = lines(run.out());
    assertThat(lines).hasSize(21);
    assertThat(lines.get(0).get("file").asText()).isEqualTo("c01.json");
    assertThat(lines.get(0).get("outcome").asText()).isEqualTo("COMPLETE");
    assertThat(lines.get(0).get("reportFolder").asText()).isEqualTo(out.resolve("c01").toString());
    assertThat(lines.get(20).get("outcome").asText()).isEqualTo("INVALID");
    assertThat(lines.get(20).get("violations").get(0).get("path").asText()).startsWith("$.");
  }

  @Test
  void sumsEachSectionsFiguresInTheSummaryTable() {
    CommandRun run = CommandRun.reform("batch", county.toString(), "--out",
        dir.resolve("summed").toString(), "--lang", "en");
    long members = 0;
    for (JsonNode l : lines(run.out())) {
      members += l.at("/sections/membership/figures/counts/members").asLong();
    }
    assertThat(members).isPositive();
    assertThat(run.err()).containsPattern("Membership +20 +0 +persons decided \\d+, members "
        + members + ",");
  }

  @Test
  void readsNdjsonFromStandardInputLineByLine() {
    String stdin = line(small(1)) + "\n\n" + line(small(2)) + "\r\n" + "{\"schemaVersion\": 7}\n"
        + line(small(3));
    CommandRun run = CommandRun.reformWithInput(stdin, "batch", "-", "--lang", "en");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    List<JsonNode> lines = lines(run.out());
    assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 3, 4, 5);
    assertThat(lines).extracting(l -> l.get("outcome").asText())
        .containsExactly("COMPLETE", "COMPLETE", "INVALID", "COMPLETE");
    assertThat(lines.get(0).get("community").get("id").asText())
        .isEqualTo(small(1).community().id());
    assertThat(lines.get(0).has("report")).isFalse();
    assertThat(lines.get(0).has("reportFolder")).isFalse();
    assertThat(run.err()).contains("[3] line 4: invalid dossier, 1 problem(s)")
        .contains("4 dossiers: 3 complete, 0 with a failed section, 1 invalid")
        .contains("line 4: $.schemaVersion");
  }

  @Test
  void writesAStreamsReportsOnlyWhenAskedAndTheWholeReportWithFull() throws IOException {
    Path ndjson = dir.resolve("two.ndjson");
    Files.writeString(ndjson, line(small(4)) + "\n" + line(small(5)) + "\n");
    Path out = dir.resolve("stream-reports");
    CommandRun run = CommandRun.reform("batch", ndjson.toString(), "--out", out.toString(), "--full");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    List<JsonNode> lines = lines(run.out());
    assertThat(lines).hasSize(2);
    String folder = "line-000001-" + small(4).community().id();
    assertThat(out.resolve(folder).resolve("report.json")).isRegularFile();
    assertThat(lines.get(0).get("reportFolder").asText()).isEqualTo(out.resolve(folder).toString());
    assertThat(lines.get(0).at("/report/formatVersion").asInt()).isEqualTo(1);
    assertThat(lines.get(0).at("/report/sections/membership/status").asText())
        .isEqualTo("COMPLETE");
  }

  @Test
  void refusesAPathThatIsNeitherFolderNorFile() {
    CommandRun run = CommandRun.reform("batch", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("nowhere");
  }
}
