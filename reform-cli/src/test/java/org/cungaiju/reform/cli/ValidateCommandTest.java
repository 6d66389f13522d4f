package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  /** What one run of {@code reform} returned and printed. */
  private record Run(int exitCode, String out, String err) {}

  private static Run reform(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String resource(String name) {
    try {
      return Path.of(ValidateCommandTest.class.getResource("/dossiers/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void summarizesAValidDossierAndExitsWithZero() {
    Run run = reform("validate", resource("small.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("valid dossier (schema version 1)")
        .containsPattern("community +江门市新会区示例社区 \\(c-demo, 440705001005\\)")
        .containsPattern("county +440705 新会区")
        .containsPattern("as of +2025-12-31")
        .containsPattern("organizations +2\\R")
        .containsPattern("persons +3\\R")
        .containsPattern("households +1\\R")
        .containsPattern("registers +1\\R")
        .containsPattern("finances +2\\R")
        .containsPattern("grid units +2\\R")
        .containsPattern("dedicated grids +1\\R")
        .containsPattern("ledger entries +2\\R");
  }

  @Test
  void printsEveryProblemOfAnInvalidDossierAndExitsWithOne() {
    Run run = reform("validate", resource("three-problems.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("invalid dossier, 3 problems:")
        .contains("$.county: is not Jiangmen or one of its counties (value '440799')")
        .contains("$.persons[0].residentId: fails the GB 11643 check character")
        .contains("'440705********0013'")
        .contains("$.finances[0].distributableIncome: is not an amount of money")
        .doesNotContain("440705196503120013");
  }

  @Test
  void printsAllProblemsEvenWhenThereAreMoreThanAnExceptionMessageShows(@TempDir Path dir)
      throws IOException {
    String units = IntStream.range(0, 25)
        .mapToObj(i -> "{\"id\": \"u" + i + "\", \"name\": \"楼" + i
            + "\", \"households\": -1, \"residents\": 0}")
        .collect(Collectors.joining(", "));
    Path file = dir.resolve("many.json");
    Files.writeString(file, "{\"schemaVersion\": 1, \"asOf\": \"2025-12-31\", "
        + "\"county\": \"440705\", \"community\": {\"id\": \"c\", \"name\": \"示例社区\", "
        + "\"divisionCode\": \"440705001005\", \"town\": \"会城街道\", "
        + "\"registeredPopulation\": 0, \"residentPopulation\": 0, \"households\": 0}, "
        + "\"gridUnits\": [" + units + "]}", StandardCharsets.UTF_8);

    Run run = reform("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("25 problems:");
    for (int i = 0; i < 25; i++) {
      assertThat(run.err()).contains("$.gridUnits[" + i + "].households: is negative");
    }
  }

  @Test
  void refusesMalformedJsonAsInvalidInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("truncated.json");
    Files.writeString(file, "{\"schemaVersion\": 1, \"asOf\": \"2025-", StandardCharsets.UTF_8);

    Run run = reform("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("$.asOf: ends before the JSON is complete");
  }

  @Test
  void aMissingFileIsAUsageError(@TempDir Path dir) {
    Run run = reform("validate", dir.resolve("nowhere.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cannot read").contains("nowhere.json: no such file");
  }

  @Test
  void aDirectoryIsAUsageError(@TempDir Path dir) {
    Run run = reform("validate", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cannot read");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = reform("validate", "--frobnicate", resource("small.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--frobnicate");
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    Run run = reform("validate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("FILE");
  }
}
