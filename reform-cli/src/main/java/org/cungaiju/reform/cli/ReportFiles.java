package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.report.ReportHtml;
import org.cungaiju.reform.core.report.ReportJson;
import org.cungaiju.reform.core.run.Report;

/** Writing a report's two files, {@code report.json} and {@code report.html}, into a folder. */
final class ReportFiles {

  static final String JSON = "report.json";
  static final String HTML = "report.html";

  private ReportFiles() {}

  /**
   * Writes both files into {@code folder}, creating it, replacing files of the same names.
   *
   * @return the folder
   * @throws UncheckedIOException naming the file that cannot be written (a usage error)
   */
  static Path write(Report report, Path folder, Language language) {
    Path json = folder.resolve(JSON);
    Path html = folder.resolve(HTML);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder " + folder + ": " + e, e);
    }
    try (OutputStream out = Files.newOutputStream(json)) {
      ReportJson.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + json + ": " + e, e);
    }
    try {
      Files.writeString(html, ReportHtml.render(report, language), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + html + ": " + e, e);
    }
    return folder;
  }
}
