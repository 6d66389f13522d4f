package org.cungaiju.reform.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.run.Report;

/**
 * Writes a {@link Report} as {@code report.json}, in the report format described by {@code
 * docs/report.schema.json} ({@code "formatVersion": 1}), with the library's JSON writer.
 *
 * <h2>The format</h2>
 *
 * <ul>
 *   <li>Objects are records by their component names, in component order; an empty {@code
 *       Optional} is left out; lists and maps are always written.
 *   <li>Money is a decimal string in yuan ({@code "1234.56"}); dates are ISO strings; enums are
 *       their constants' names; counts are JSON integers.
 *   <li>{@code sections} is an object by section id ({@code membership}, {@code grids}, …),
 *       each with its {@code status}, {@code figures} and either {@code result} or {@code
 *       error}.
 *   <li>Personal data is in {@code persons} only, in full or reduced as the report holds it.
 * </ul>
 *
 * <p>The output is stable: the same report gives the same bytes; the pretty form has
 * two-space indents, {@code \n} line ends and a final newline; the compact form is one line,
 * as for NDJSON. Reports are written, not read back: the format is for people, archives and
 * other programs. Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ReportJson {

  private static final ObjectWriter PRETTY =
      ReformJson.prettyWriter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter COMPACT =
      ReformJson.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ReportJson() {}

  /** The report as pretty-printed JSON, ending with a newline. */
  public static String toJson(Report report) {
    return write(PRETTY, report) + "\n";
  }

  /** The report as JSON on one line, with no line end: one line of an NDJSON stream. */
  public static String toJsonLine(Report report) {
    return write(COMPACT, report);
  }

  /**
   * Writes the report as pretty-printed UTF-8 JSON with a final newline to {@code out}, which
   * is not closed.
   *
   * @throws IOException if writing fails
   */
  public static void write(Report report, OutputStream out) throws IOException {
    PRETTY.writeValue(out, report);
    out.write('\n');
    out.flush();
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report could not be written", e);
    }
  }
}
