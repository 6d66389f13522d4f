package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.report.Texts;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.Section;

/**
 * What a batch has done so far, in memory that does not grow with the number of dossiers: the
 * counts, each section's totals, and the first {@value #MAX_ERRORS_KEPT} errors (the rest are
 * counted). Not thread-safe.
 */
final class BatchTally {

  static final int MAX_ERRORS_KEPT = 1000;

  private long dossiers;
  private long complete;
  private long incomplete;
  private long invalid;
  private final Map<String, SectionTotals> sections = new LinkedHashMap<>();
  private final List<String> errors = new ArrayList<>();
  private long errorsNotKept;

  /** A report made; its failed sections are errors. */
  void report(String source, Report report) {
    dossiers++;
    if (report.complete()) {
      complete++;
    } else {
      incomplete++;
    }
    report.sections().forEach((id, s) -> sections.computeIfAbsent(id, k -> new SectionTotals())
        .add(s));
    report.failures().forEach((id, e) -> error(source + ": " + id + ": " + e.kind() + ": "
        + e.message()));
  }

  /** A dossier that could not be read, with the problems found. */
  void invalid(String source, List<String> problems) {
    dossiers++;
    invalid++;
    error(source + ": " + String.join("\n    ", problems));
  }

  private void error(String text) {
    if (errors.size() < MAX_ERRORS_KEPT) {
      errors.add(text);
    } else {
      errorsNotKept++;
    }
  }

  /** Whether anything went wrong. */
  boolean hasErrors() {
    return incomplete + invalid > 0;
  }

  /** The summary table and the errors. */
  void print(PrintWriter err, Texts messages, Texts labels) {
    err.println(messages.format("batch.summary", dossiers, complete, incomplete, invalid));
    if (!sections.isEmpty()) {
      err.printf("  %-28s %10s %8s  %s%n", messages.text("batch.section"),
          messages.text("batch.complete"), messages.text("batch.failed"),
          messages.text("batch.totals"));
      sections.forEach((id, t) -> err.printf("  %-28s %10d %8d  %s%n",
          labels.text("section." + id + ".title"), t.complete, t.failed,
          ReportSummary.figures(t.figures(), labels)));
    }
    if (!errors.isEmpty()) {
      err.println(messages.format("batch.errors", errors.size() + errorsNotKept));
      errors.forEach(e -> err.println("  " + e));
      if (errorsNotKept > 0) {
        err.println("  " + messages.format("batch.moreErrors", errorsNotKept));
      }
    }
    err.flush();
  }

  /** One section's counts and summed figures over the batch. */
  private static final class SectionTotals {
    long complete;
    long failed;
    final Map<String, Long> counts = new LinkedHashMap<>();
    final Map<String, Money> amounts = new LinkedHashMap<>();

    void add(Section s) {
      if (!s.isComplete()) {
        failed++;
        return;
      }
      complete++;
      s.figures().counts().forEach((k, v) -> counts.merge(k, v, Math::addExact));
      s.figures().amounts().forEach((k, v) -> amounts.merge(k, v, Money::plus));
    }

    Figures figures() {
      Figures.Builder b = Figures.builder();
      counts.forEach(b::count);
      amounts.forEach(b::amount);
      return b.build();
    }
  }
}
