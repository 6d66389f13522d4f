package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.allocation.Allocation;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.testing.FuzzTally;
import org.cungaiju.reform.core.testing.JsonMutator;
import org.cungaiju.reform.core.testing.Mutation;
import org.cungaiju.reform.core.testing.SmallCommunities;

/**
 * The command line's own readers under hostile input: the request of {@code reform allocate},
 * the NDJSON line reader of {@code reform batch} and the batch over a damaged stream. Each
 * answers with a result or the library's errors at JSON paths, never an internal error.
 */
class HostileInputProperties {

  static final FuzzTally REQUESTS = new FuzzTally("allocate request fuzz");
  static final FuzzTally STREAMS = new FuzzTally("batch stream fuzz");
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // ---- reform allocate ----

  @Provide
  Arbitrary<byte[]> requests() {
    Arbitrary<ObjectNode> claim = Combinators.combine(
        Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(2),
        Arbitraries.integers().between(0, 5_000),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(-1, 3))
        .as((id, weight, asText, bound) -> {
          ObjectNode c = NODES.objectNode().put("id", id);
          if (asText) {
            c.put("weight", weight / 100 + "." + weight % 100);
          } else {
            c.put("weight", weight);
          }
          if (bound >= 0) {
            c.put(bound % 2 == 0 ? "min" : "max", bound);
          }
          return c;
        });
    return Combinators.combine(Arbitraries.longs().between(0, 2_000),
        Arbitraries.of("largest-remainder", "dhondt", "sainte-lague", "huntington-hill", "adams"),
        claim.list().ofMaxSize(6))
        .as((total, method, claims) -> {
          ObjectNode request = NODES.objectNode().put("total", total).put("method", method);
          request.putArray("claims").addAll(claims);
          return request.toString().getBytes(StandardCharsets.UTF_8);
        });
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Mutation.lists(Mutation.any(), 2);
  }

  @Property(tries = 150)
  void allocateAnswersADamagedRequestWithUnitsOrErrorsAtPaths(
      @ForAll("requests") byte[] request, @ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    byte[] damaged = JsonMutator.mutate(request, mutations);
    String outcome = "allocated";
    try {
      AllocationRequest r = AllocationRequest.read(damaged);
      // the library's own errors only: a request the reader accepts may still be infeasible
      try {
        Allocation a = Apportionment.of(r.method()).allocate(r.total(), r.claims());
        long sum = 0;
        for (int i = 0; i < r.claims().size(); i++) {
          sum = Math.addExact(sum, a.units(i));
        }
        assertThat(sum).as("units given").isEqualTo(r.total());
      } catch (ReformException e) {
        outcome = "not allocated: " + e.getClass().getSimpleName();
      }
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        assertThat(v.path()).as("the path of %s", v).startsWith("$");
      }
      outcome = "refused by the reader";
    }

    CommandRun run = allocateFile(damaged);
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.exitCode()).isIn(ExitCode.OK, ExitCode.INVALID);
    assertThat(run.exitCode() == ExitCode.OK).isEqualTo(outcome.equals("allocated"));
    if (run.exitCode() == ExitCode.OK) {
      long units = 0;
      for (JsonNode a : run.json().get("allocations")) {
        units += a.get("units").longValue();
      }
      assertThat(units).isEqualTo(run.json().get("total").longValue());
    }
    REQUESTS.count(mutations, outcome);
  }

  private static CommandRun allocateFile(byte[] request) throws IOException {
    Path file = Files.createTempFile("request", ".json");
    try {
      Files.write(file, request);
      return CommandRun.reform("allocate", file.toString());
    } finally {
      Files.delete(file);
    }
  }

  // ---- reform batch: the line reader ----

  @Provide
  Arbitrary<byte[]> streams() {
    Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ',
            (byte) '\t')),
        Tuple.of(10, Arbitraries.of((byte) 'a', (byte) '{', (byte) '"',
            (byte) 0, (byte) 0xff, (byte) 0xe4)));
    return bytes.list().ofMaxSize(400).map(list -> {
      byte[] out = new byte[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = list.get(i);
      }
      return out;
    });
  }

  @Property(tries = 500)
  void theLineReaderGivesEveryLineAsSplittingOnLineFeedsWould(
      @ForAll("streams") byte[] stream, @ForAll @IntRange(max = 40) int maxLength,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 50) Integer> chunks)
      throws IOException {
    NdjsonLines lines = new NdjsonLines(new Chunked(stream, chunks), maxLength);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(lines.number() + (lines.tooLong() ? " too long" : lines.isBlank() ? " blank"
          : " " + Arrays.toString(lines.stream().readAllBytes())));
    }

    assertThat(read).isEqualTo(model(stream, maxLength));
  }

  /** Lines end at {@code \n}; one {@code \r} before the end is dropped; past the limit, too long. */
  private static List<String> model(byte[] stream, int maxLength) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int number = 0;
    while (start < stream.length) {
      int end = start;
      while (end < stream.length && stream[end] != '\n') {
        end++;
      }
      byte[] line = Arrays.copyOfRange(stream, start, end);
      number++;
      if (line.length > maxLength) {
        out.add(number + " too long");
      } else {
        if (line.length > 0 && line[line.length - 1] == '\r') {
          line = Arrays.copyOf(line, line.length - 1);
        }
        boolean blank = true;
        for (byte b : line) {
          blank &= b == ' ' || b == '\t';
        }
        out.add(number + (blank ? " blank" : " " + Arrays.toString(line)));
      }
      start = end + 1;
    }
    return out;
  }

  /** A stream handing out its bytes in chunks of the sizes given, in turn. */
  private static final class Chunked extends InputStream {
    private final ByteArrayInputStream in;
    private final List<Integer> chunks;
    private int turn;

    Chunked(byte[] bytes, List<Integer> chunks) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunks = chunks;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = chunks.get(turn++ % chunks.size());
      return in.read(b, off, Math.min(len, n));
    }
  }

  // ---- reform batch: a damaged stream ----

  @Property(tries = 15)
  void batchListsEveryLineOfADamagedStreamAndNeverFailsInside(
      @ForAll("lines") List<byte[]> lines, @ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      stdin.write(i == 0 ? JsonMutator.mutate(lines.get(i), mutations) : lines.get(i));
      stdin.write('\n');
    }
    byte[] bytes = stdin.toByteArray();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new ByteArrayInputStream(bytes), new PrintWriter(out),
        new PrintWriter(err), "batch", "-", "--lang", "en");

    assertThat(err.toString()).doesNotContain("internal error");
    assertThat(code).isIn(ExitCode.OK, ExitCode.INVALID);
    long expected = model(bytes, Integer.MAX_VALUE).stream().filter(l -> !l.endsWith(" blank"))
        .count();
    List<String> summaries = out.toString().lines().toList();
    assertThat(summaries).hasSize((int) expected);
    for (String s : summaries) {
      JsonNode line = ReformJson.readTree(s).orElseThrow();
      assertThat(line.get("outcome").asText()).isIn("COMPLETE", "INCOMPLETE", "INVALID");
      for (JsonNode v : line.path("violations")) {
        assertThat(v.get("path").asText()).startsWith("$");
      }
    }
    STREAMS.count(mutations, code == ExitCode.OK ? "all complete" : "some listed as errors");
  }

  @Provide
  Arbitrary<List<byte[]>> lines() {
    return SmallCommunities.documentPool(6).map(HostileInputProperties::oneLine)
        .list().ofMinSize(1).ofMaxSize(3);
  }

  private static byte[] oneLine(byte[] document) {
    try {
      return PLAIN.writeValueAsBytes(PLAIN.readTree(document));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterContainer
  static void reportTheCasesTried() {
    System.out.println(REQUESTS);
    System.out.println(STREAMS);
    assertThat(REQUESTS.cases()).as("requests tried").isGreaterThanOrEqualTo(150);
    assertThat(STREAMS.cases()).as("streams tried").isGreaterThanOrEqualTo(15);
  }
}
