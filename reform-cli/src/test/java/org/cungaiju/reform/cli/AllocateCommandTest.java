package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.core.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reform allocate}, run through {@link Main#run} as a user would. */
class AllocateCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run allocate(String request, String... options) throws IOException {
    Path file = dir.resolve("request.json");
    Files.writeString(file, request);
    List<String> args = new ArrayList<>(List.of("allocate", file.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Test
  void printsTheUnitsInInputOrderAndNoTies() throws IOException {
    Run r = allocate("{\"total\": 100, \"method\": \"largest-remainder\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 2}, {\"id\": \"b\", \"weight\": \"3\"},"
        + " {\"id\": \"c\", \"weight\": 1}]}");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("{\n"
        + "  \"method\": \"largest-remainder\",\n"
        + "  \"total\": 100,\n"
        + "  \"allocations\": [\n"
        + "    {\"id\": \"a\", \"units\": 33},\n"
        + "    {\"id\": \"b\", \"units\": 50},\n"
        + "    {\"id\": \"c\", \"units\": 17}\n"
        + "  ],\n"
        + "  \"ties\": []\n"
        + "}\n");
  }

  @Test
  void listsEveryClaimTiedAtTheMargin() throws IOException {
    Run r = allocate("{\"total\": 2, \"method\": \"largest-remainder\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 1}, {\"id\": \"b\", \"weight\": 2},"
        + " {\"id\": \"c\", \"weight\": 1}]}");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.json().get("ties").toString()).isEqualTo("[\"a\",\"c\"]");
    assertThat(r.json().get("allocations").get(0).get("units").asLong()).isEqualTo(1);
    assertThat(r.json().get("allocations").get(2).get("units").asLong()).isZero();
  }

  @Test
  void refusesATieWithExitCode3() throws IOException {
    Run r = allocate("{\"total\": 2, \"method\": \"dhondt\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 1}, {\"id\": \"b\", \"weight\": 1},"
        + " {\"id\": \"c\", \"weight\": 1}]}", "--refuse-ties");
    assertThat(r.code()).isEqualTo(ExitCode.TIE_REFUSED);
    assertThat(r.err()).contains("tied").contains("a, b, c");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void readsStandardInput() throws IOException {
    InputStream saved = System.in;
    try {
      for (String[] args : List.of(new String[] {"allocate"}, new String[] {"allocate", "-"})) {
        System.setIn(new ByteArrayInputStream(("{\"total\": 3, \"method\": \"adams\", \"claims\":"
            + " [{\"id\": \"x\", \"weight\": \"1.50\"}, {\"id\": \"y\", \"weight\": 4.5}]}")
            .getBytes(StandardCharsets.UTF_8)));
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.OK);
        // Adams: a first unit each, then 4.5/1 beats 1.5/1
        assertThat(r.json().get("allocations").toString())
            .isEqualTo("[{\"id\":\"x\",\"units\":1},{\"id\":\"y\",\"units\":2}]");
      }
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void reproducesTheUsHouseOf2020() throws IOException {
    List<String> lines = usHouse2020();
    StringBuilder request = new StringBuilder("{\"total\": 435, \"method\": \"huntington-hill\","
        + " \"claims\": [");
    Map<String, Long> published = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      request.append(published.isEmpty() ? "" : ", ").append("{\"id\": \"").append(f[0])
          .append("\", \"weight\": \"").append(f[1]).append("\", \"min\": 1}");
      published.put(f[0], Long.parseLong(f[2]));
    }
    Run r = allocate(request.append("]}").toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    Map<String, Long> printed = new LinkedHashMap<>();
    r.json().get("allocations").forEach(a -> printed.put(a.get("id").asText(),
        a.get("units").asLong()));
    assertThat(printed).containsExactlyEntriesOf(published);
    assertThat(r.json().get("ties").size()).isZero();
    assertThat(printed.get("California")).isEqualTo(52);
  }

  @Test
  void refusesNumbersInExponentNotation() throws IOException {
    Run r = allocate("{\"total\": 10, \"method\": \"dhondt\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 1e3}]}");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("$.claims[0].weight").contains("1e3").contains("exponent");
  }

  @Test
  void refusesUnknownFieldsAndDuplicateKeys() throws IOException {
    Run unknown = allocate("{\"total\": 1, \"method\": \"dhondt\", \"extra\": 1, \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 1, \"colour\": \"red\"}]}");
    assertThat(unknown.code()).isEqualTo(ExitCode.INVALID);
    assertThat(unknown.err()).contains("$.extra").contains("$.claims[0].colour");
    Run duplicate = allocate("{\"total\": 1, \"total\": 2, \"method\": \"dhondt\","
        + " \"claims\": []}");
    assertThat(duplicate.code()).isEqualTo(ExitCode.INVALID);
    assertThat(duplicate.err()).contains("Duplicate").contains("total");
  }

  @Test
  void reportsEveryProblemAtItsPath() throws IOException {
    Run r = allocate("{\"total\": \"435\", \"method\": \"jefferson\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": -1}, {\"id\": \"b\", \"weight\": \"1,5\"},"
        + " {\"id\": \"c\", \"weight\": 1, \"min\": 3, \"max\": 2}, {\"weight\": 1},"
        + " {\"id\": \"e\", \"weight\": 1, \"min\": 1.0}]}");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("$.total").contains("$.method").contains("jefferson")
        .contains("$.claims[0].weight").contains("negative")
        .contains("$.claims[1].weight").contains("1,5")
        .contains("$.claims[2].max").contains("$.claims[3].id").contains("$.claims[4].min");
  }

  @Test
  void refusesDuplicateIdsAndBoundsThatCannotBeMet() throws IOException {
    Run duplicate = allocate("{\"total\": 1, \"method\": \"sainte-lague\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 1}, {\"id\": \"a\", \"weight\": 2}]}");
    assertThat(duplicate.code()).isEqualTo(ExitCode.INVALID);
    assertThat(duplicate.err()).contains("$.claims[1].id").contains("'a'");
    Run infeasible = allocate("{\"total\": 1, \"method\": \"huntington-hill\", \"claims\": ["
        + "{\"id\": \"a\", \"weight\": 1, \"min\": 1}, {\"id\": \"b\", \"weight\": 2, \"min\": 1}]}");
    assertThat(infeasible.code()).isEqualTo(ExitCode.INVALID);
    assertThat(infeasible.err()).contains("minimums add up to 2");
  }

  @Test
  void saysWhenTheFileCannotBeRead() {
    Run r = run("allocate", dir.resolve("missing.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("missing.json");
  }

  /** The published 2020 figures beside the repository; skipped where absent, failed under CI. */
  private static List<String> usHouse2020() throws IOException {
    return Files.readAllLines(SharedFiles.require("data/us-house-2020.csv"), StandardCharsets.UTF_8);
  }
}
