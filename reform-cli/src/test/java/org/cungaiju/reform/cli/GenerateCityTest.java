package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.generate.CityGenerator;
import org.cungaiju.reform.core.generate.CityOptions;
import org.cungaiju.reform.core.json.DossierReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reform generate --communities N}: a city as NDJSON or as a folder of dossiers. */
class GenerateCityTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static List<Dossier> city(long seed, int communities) {
    return CityGenerator.stream(CityOptions.of(seed, communities).withMembersPerGroup(10))
        .collect(Collectors.toList());
  }

  @Test
  void writesOneDossierPerLineToAFile() throws IOException {
    Path file = dir.resolve("city.ndjson");
    int code = run("generate", "--communities", "3", "--members-per-group", "10", "--seed", "5",
        "--out", file.toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.stream().map(DossierReader::read)).containsExactlyElementsOf(city(5, 3));
    assertThat(err.toString()).contains("wrote 3 of 3 communities").contains(file.toString());
  }

  @Test
  void writesTheSameLinesToStandardOutput() throws IOException {
    Path file = dir.resolve("city.ndjson");
    run("generate", "--communities", "2", "--members-per-group", "10", "--out", file.toString());
    int code = run("generate", "--communities", "2", "--members-per-group", "10",
        "--format", "ndjson", "--out", "-");
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void writesAFolderOfDossierFilesNamedByCommunity() throws IOException {
    Path folder = dir.resolve("city");
    int code = run("generate", "--communities", "3", "--members-per-group", "10", "--seed", "8",
        "--format", "folder", "--out", folder.toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    List<Dossier> expected = city(8, 3);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expected.stream()
              .map(d -> d.community().id() + ".json").collect(Collectors.toList()));
    }
    for (Dossier d : expected) {
      assertThat(DossierReader.read(folder.resolve(d.community().id() + ".json"))).isEqualTo(d);
    }
  }

  @Test
  void refusesOptionsOfASingleCommunityForACity() {
    int code = run("generate", "--communities", "3", "--households", "40");
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--households").contains("--communities");
  }

  @Test
  void refusesAFolderWithoutAPathAndAnUnknownFormat() {
    assertThat(run("generate", "--communities", "1", "--format", "folder"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--out DIR");
    assertThat(run("generate", "--communities", "1", "--format", "csv"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("csv").contains("ndjson, folder");
  }

  @Test
  void refusesCityOptionsWithoutCommunities() {
    assertThat(run("generate", "--format", "ndjson")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--communities");
  }

  @Test
  void refusesACityOfNoCommunities() {
    assertThat(run("generate", "--communities", "0")).isEqualTo(ExitCode.INVALID);
    assertThat(err.toString()).contains("communities").contains("1 to 10000");
  }
}
