package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.cli.CommandRun.reform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.DossierWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class GridsCommandTest {

  private static final Path SAMPLE =
      Path.of(System.getProperty("reform.root", ".."), "samples", "xinhui-sample.json");


  @Test
  void printsThePlanOfTheSampleAsJson() throws IOException {
    CommandRun run = reform("grids", SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode plan = run.json();
    Dossier sample = DossierReader.read(SAMPLE);
    Set<String> planned = new HashSet<>();
    plan.get("grids").forEach(g -> g.get("unitIds").forEach(u -> assertThat(planned.add(
        u.asText())).as("unit %s in one grid", u.asText()).isTrue()));
    plan.get("dedicatedGrids").forEach(d -> d.get("unitIds").forEach(u -> planned.add(
        u.asText())));
    assertThat(planned).hasSize(sample.gridUnits().size());
    JsonNode summary = plan.get("summary");
    assertThat(summary.get("violationCount").asInt()).isZero();
    assertThat(summary.get("gridCount").asInt()).isEqualTo(plan.get("grids").size())
        .isGreaterThanOrEqualTo(summary.get("lowerBound").asInt());
    assertThat(plan.get("explanation").get("policyId").asText()).isEqualTo("jiangmen-default");
    assertThat(plan.get("explanation").get("parameters").get("maxHouseholds").asText())
        .isEqualTo("500");
  }

  @Test
  void drawsTheMapWithOneCellPerUnit(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("grids.svg");
    CommandRun run = reform("grids", SAMPLE.toString(), "--svg", map.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).contains("wrote " + map);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document svg = f.newDocumentBuilder().parse(map.toFile());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    int cells = 0;
    var rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      cells += "unit".equals(rects.item(i).getAttributes().getNamedItem("class") == null ? ""
          : rects.item(i).getAttributes().getNamedItem("class").getNodeValue()) ? 1 : 0;
    }
    assertThat(cells).isEqualTo(DossierReader.read(SAMPLE).gridUnits().size());
    assertThat(Files.readString(map)).contains("综合网格划分");
  }

  @Test
  void refusesAMapOfUnitsWithoutLocations(@TempDir Path dir) throws IOException {
    Dossier sample = DossierReader.read(SAMPLE);
    Dossier bare = Dossier.builder().asOf(sample.asOf()).county(sample.county())
        .community(sample.community()).addOrganizations(sample.organizations())
        .addPersons(sample.persons()).addHouseholds(sample.households())
        .addGridUnits(sample.gridUnits().stream().map(u -> new GridUnit(u.id(), u.name(),
            u.households(), u.residents(), u.workload(), u.adjacent(),
            java.util.Optional.empty())).toList())
        .addDedicatedGrids(sample.dedicatedGrids()).build();
    Path file = dir.resolve("bare.json");
    Files.writeString(file, DossierWriter.toJson(bare));
    Path map = dir.resolve("grids.svg");

    CommandRun run = reform("grids", file.toString(), "--svg", map.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--svg").contains(sample.gridUnits().size() + " of "
        + sample.gridUnits().size() + " grid units carry no location").contains("u0001");
    assertThat(map).doesNotExist();

    CommandRun plain = reform("grids", file.toString());
    assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCode.OK);
  }

  /**
   * A plugin's standard of 100–200 households is in force in the first half of 2025: planned
   * on 2025-03-01 the sample's 1,600 households need at least ⌈1600 ÷ 200⌉ = 8 grids; on its
   * asOf (2025-12-31) the municipal default's 300–500 applies.
   */
  @Test
  void plansUnderTheStandardInForceOnTheDate(@TempDir Path dir) throws IOException {
    PluginJars.jar(dir.resolve("small.jar"), SmallGridsPlugin.class.getName() + "\n",
        SmallGridsPlugin.class, SmallGridsPlugin.Standard.class);

    CommandRun early = reform("grids", "--plugins", dir.toString(), "--date", "2025-03-01",
        SAMPLE.toString());
    assertThat(early.exitCode()).as(early.err()).isEqualTo(ExitCode.OK);
    assertThat(early.json().get("explanation").get("policyId").asText())
        .isEqualTo(SmallGridsPlugin.ID);
    assertThat(early.json().get("summary").get("lowerBound").asInt()).isEqualTo(8);
    assertThat(early.json().get("parameters").get("maxHouseholds").asInt()).isEqualTo(200);

    CommandRun late = reform("grids", "--plugins", dir.toString(), SAMPLE.toString());
    assertThat(late.exitCode()).as(late.err()).isEqualTo(ExitCode.OK);
    assertThat(late.json().get("explanation").get("policyId").asText())
        .isEqualTo("jiangmen-default");
    // ⌈1600 ÷ 500⌉
    assertThat(late.json().get("summary").get("lowerBound").asInt()).isEqualTo(4);
  }

  @Test
  void refusesAnInvalidDossierNamingTheProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, Files.readString(SAMPLE).replaceFirst("\"asOf\": \"2025-12-31\"",
        "\"asOf\": \"2025-13-31\""));
    CommandRun run = reform("grids", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("asOf");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileOrBadDateIsAUsageError(@TempDir Path dir) {
    CommandRun missing = reform("grids", dir.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("no such file");
    assertThat(reform("grids", "--date", "someday", SAMPLE.toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
  }
}
