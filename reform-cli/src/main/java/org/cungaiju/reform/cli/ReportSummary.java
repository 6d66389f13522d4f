package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.core.report.Texts;
import org.cungaiju.reform.core.run.DossierSummary;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.Section;
import org.cungaiju.reform.core.run.SectionError;

/** The short text summary of a report that {@code reform run} and {@code reform demo} print. */
final class ReportSummary {

  private ReportSummary() {}

  /** The community, then one line per section: its figures, or why it failed. */
  static void print(PrintWriter out, Report report, Texts messages, Texts labels) {
    DossierSummary d = report.dossier();
    out.println(messages.format("summary.header", d.community().name(), d.countyName(),
        d.county().code(), report.date()));
    for (Map.Entry<String, Section> e : report.sections().entrySet()) {
      String title = labels.text("section." + e.getKey() + ".title");
      Section s = e.getValue();
      if (s.isComplete()) {
        out.println("  " + messages.format("summary.section", title,
            figures(s.figures(), labels)));
      } else {
        SectionError error = s.error().orElseThrow();
        out.println("  " + messages.format("summary.failed", title, labels.of(error.kind()),
            firstLine(error.message())));
      }
    }
  }

  /** Each figure as {@code label value}, joined by commas. */
  static String figures(Figures f, Texts labels) {
    List<String> parts = new ArrayList<>();
    f.counts().forEach((name, n) -> parts.add(labels.text("figure." + name) + " " + n));
    f.amounts().forEach((name, m) -> parts.add(labels.text("figure." + name) + " " + m));
    return String.join(", ", parts);
  }

  static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl) + " …";
  }
}
