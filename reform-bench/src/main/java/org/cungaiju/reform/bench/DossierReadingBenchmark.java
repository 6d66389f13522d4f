package org.cungaiju.reform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.ReadResult;
import org.cungaiju.reform.core.json.ReformJson;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading generated dossiers of realistic size (a community of some 3,000 members, 1 to 4 MB)
 * through {@link DossierReader}, beside Jackson's plain tree parse ({@code
 * ObjectMapper.readTree}) of the same bytes and the library's own strict tree parse ({@link
 * ReformJson#readTree}), the first step of {@link DossierReader}. Each call reads the next
 * dossier of the corpus; the {@code bytes} counter is the throughput in bytes per second (JMH
 * reports it as {@code bytes} in {@code ops/s}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DossierReadingBenchmark {

  /** The dossiers' bytes, as files (pretty-printed) or as NDJSON lines (compact). */
  @State(Scope.Benchmark)
  public static class Corpus {
    @Param({"file", "line"})
    public String format;

    List<byte[]> dossiers;
    final ObjectMapper plain = new ObjectMapper();

    @Setup
    public void setUp() {
      dossiers = Dossiers.bytes(format.equals("line"));
    }
  }

  /** Where in the corpus a thread is, and how many bytes it has read. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Reading {
    /** Bytes read: a rate in the results. */
    public long bytes;
    private int next;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }

    byte[] next(Corpus corpus) {
      byte[] b = corpus.dossiers.get(next);
      next = (next + 1) % corpus.dossiers.size();
      bytes += b.length;
      return b;
    }
  }

  @Benchmark
  public Dossier dossierReader(Corpus corpus, Reading reading) {
    return DossierReader.read(reading.next(corpus));
  }

  @Benchmark
  public JsonNode jacksonReadTree(Corpus corpus, Reading reading) throws IOException {
    return corpus.plain.readTree(reading.next(corpus));
  }

  @Benchmark
  public ReadResult<JsonNode> reformReadTree(Corpus corpus, Reading reading) {
    return ReformJson.readTree(reading.next(corpus));
  }
}
