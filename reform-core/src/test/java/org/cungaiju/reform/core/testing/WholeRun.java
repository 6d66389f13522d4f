package org.cungaiju.reform.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.report.ReportHtml;
import org.cungaiju.reform.core.report.ReportJson;
import org.cungaiju.reform.core.run.ReformRun;
import org.cungaiju.reform.core.run.Report;

/**
 * The whole reform on a dossier, as a hostile-input suite checks it: the run ends with a
 * report, every failed section's violations name a JSON path in the dossier, and the report is
 * written as JSON and as an HTML page without an error.
 */
public final class WholeRun {

  private static final ReformRun RUN = new ReformRun(PolicyRegistry.builder().build());

  private WholeRun() {}

  /** Runs {@code dossier} on {@code date} under the municipal default, checks and returns it. */
  public static Report check(Dossier dossier, LocalDate date, Language language) {
    Report report = RUN.run(dossier, date);
    report.failures().forEach((section, error) -> {
      for (Violation v : error.violations()) {
        assertThat(v.path()).as("%s: %s", section, v).startsWith("$");
      }
    });
    assertThat(ReportJson.toJson(report)).contains("\"formatVersion\"");
    assertThat(ReportHtml.render(report, language)).contains("</html>");
    return report;
  }
}
