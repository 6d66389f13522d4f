package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;

/**
 * Writes a community dossier as UTF-8 JSON that {@link DossierReader} reads back to an equal
 * dossier: pretty-printed for a file, or compact on one line for a stream of dossiers.
 *
 * <p>The output is stable: properties in record-component order; for a file two-space indents,
 * {@code \n} line ends and a final newline, so the same dossier always gives the same bytes and
 * diffs between versions of a file stay small. A {@linkplain #toLine line} is the same JSON
 * without whitespace and ends with its only {@code \n} (a newline inside a string is written
 * {@code \\n}), so that dossiers can follow one another in an NDJSON (JSON Lines) stream.
 *
 * <p>Resident ids and names are written in full: a dossier file is personal data and must be
 * kept as such. Stateless and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class DossierWriter {

  private static final ObjectWriter WRITER =
      ReformJson.prettyWriter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter LINE =
      ReformJson.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private DossierWriter() {}

  /** The dossier as JSON text, ending with a newline. */
  public static String toJson(Dossier dossier) {
    try {
      return WRITER.writeValueAsString(dossier) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a dossier could not be written", e);
    }
  }

  /** The dossier as UTF-8 JSON bytes, ending with a newline. */
  public static byte[] toBytes(Dossier dossier) {
    return toJson(dossier).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the dossier to a stream, which is not closed.
   *
   * @throws IOException if writing fails
   */
  public static void write(Dossier dossier, OutputStream out) throws IOException {
    WRITER.writeValue(out, dossier);
    out.write('\n');
    out.flush();
  }

  /** The dossier as one line of compact JSON, ending with its only newline. */
  public static String toLine(Dossier dossier) {
    try {
      return LINE.writeValueAsString(dossier) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a dossier could not be written", e);
    }
  }

  /**
   * Writes the dossier to a stream as one line of compact JSON ending with a newline, the next
   * line of an NDJSON stream; the stream is not closed.
   *
   * @throws IOException if writing fails
   */
  public static void writeLine(Dossier dossier, OutputStream out) throws IOException {
    LINE.writeValue(out, dossier);
    out.write('\n');
  }

  /**
   * Writes the dossier to a file, replacing it.
   *
   * @throws IOException if writing fails
   */
  public static void write(Dossier dossier, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(dossier, out);
    }
  }
}
