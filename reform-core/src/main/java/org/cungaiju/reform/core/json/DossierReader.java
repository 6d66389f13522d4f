package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * Reads a community dossier ({@code "schemaVersion": 1}, see {@code docs/dossier.md}) and
 * reports every problem in it at once.
 *
 * <h2>How a dossier is read</h2>
 *
 * <ol>
 *   <li>The JSON is parsed within {@link ReformJson}'s limits (nesting, string and document
 *       length, duplicate keys). A syntax error anywhere is then the only violation reported:
 *       nothing after it can be trusted.
 *   <li>{@code schemaVersion} must be 1; another version stops here too, since its fields follow
 *       another format.
 *   <li>Every field of every entry is converted, collecting every violation with its JSON path:
 *       wrong JSON types, missing and unknown fields, explicit nulls, malformed codes, dates and
 *       amounts, and each record's own rules (a birth date disagreeing with the resident id, a
 *       negative count, …). Resident ids must not encode a birth after the dossier's
 *       {@code asOf}.
 *   <li>When every entry is well-formed, the cross-references are checked
 *       ({@link Dossier#check}): unique ids, households naming existing persons, parents one
 *       level up, symmetric adjacency, nothing dated after {@code asOf}, and so on. Their
 *       violations are reported all together as well.
 * </ol>
 *
 * <p>The first 1,000 violations are listed, then one more at {@code $} saying how many were
 * not: however broken a document is, its violations take no more memory than that.
 *
 * <p>Messages never show a resident id or a name unmasked. Stateless and thread-safe.
 *
 * <h2>Performance notes</h2>
 *
 * <p>A dossier that starts as the library writes it ({@code schemaVersion}, then {@code asOf})
 * is converted as it is parsed, without a tree of the whole document; any other is read as a
 * tree first. The outcome, violations and their order included, is the same either way, and
 * the same as {@link #validate(JsonNode)} on the document's tree.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class DossierReader {

  private static final Converter<Dossier> DOSSIER = Converters.of(Dossier.class);

  private DossierReader() {}

  /**
   * Reads a dossier.
   *
   * @throws InvalidInputException listing every violation found
   */
  public static Dossier read(byte[] json) {
    return validate(json).orElseThrow();
  }

  /**
   * Reads a dossier.
   *
   * @throws InvalidInputException listing every violation found
   */
  public static Dossier read(String json) {
    return validate(json).orElseThrow();
  }

  /**
   * Reads a dossier from a stream, which is not closed.
   *
   * @throws InvalidInputException listing every violation found
   * @throws IOException if reading the stream fails
   */
  public static Dossier read(InputStream json) throws IOException {
    return validate(json).orElseThrow();
  }

  /**
   * Reads a dossier from a file.
   *
   * @throws InvalidInputException listing every violation found
   * @throws IOException if the file cannot be read
   */
  public static Dossier read(Path file) throws IOException {
    return validate(file).orElseThrow();
  }

  /** Reads a dossier, or every violation found in it. */
  public static ReadResult<Dossier> validate(byte[] json) {
    return ReformJson.stream(json, DOSSIER);
  }

  /** Reads a dossier, or every violation found in it. */
  public static ReadResult<Dossier> validate(String json) {
    return ReformJson.stream(json, DOSSIER);
  }

  /**
   * Reads a dossier from a stream, which is not closed, or every violation found in it.
   *
   * @throws IOException if reading the stream fails
   */
  public static ReadResult<Dossier> validate(InputStream json) throws IOException {
    return ReformJson.stream(json, DOSSIER);
  }

  /**
   * Reads a dossier from a file, or every violation found in it.
   *
   * @throws IOException if the file cannot be read
   */
  public static ReadResult<Dossier> validate(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in);
    }
  }

  /** Converts a tree already parsed (with {@link ReformJson#readTree}) into a dossier. */
  public static ReadResult<Dossier> validate(JsonNode tree) {
    Reading reading = new Reading();
    Dossier dossier = DOSSIER.convert(tree, JsonPath.root(), reading);
    return dossier == null ? ReadResult.invalid(reading.violations()) : ReadResult.valid(dossier);
  }
}
