package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cungaiju.reform.core.report.Language;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter err = new StringWriter();

  private Progress progress(boolean terminal) {
    return Progress.of(new PrintWriter(err), LanguageOption.messages(Language.EN), terminal);
  }

  @Test
  void redrawsABarInPlaceOnATerminal() {
    Progress bar = progress(true);
    bar.step(1, 4, "long-name.json", "complete");
    bar.step(2, 4, "b.json", "complete");
    bar.finish();
    String first = "\r[" + "#".repeat(7) + " ".repeat(23) + "] 1/4  long-name.json";
    String second = "\r[" + "#".repeat(15) + " ".repeat(15) + "] 2/4  b.json";
    assertThat(err.toString()).isEqualTo(first + second
        + " ".repeat(first.length() - second.length()) + System.lineSeparator());
  }

  @Test
  void countsWhenTheTotalIsNotKnown() {
    Progress bar = progress(true);
    bar.step(12, -1, "line 12", "complete");
    assertThat(err.toString()).isEqualTo("\r12 dossiers  line 12");
  }

  @Test
  void writesALinePerDossierWhenRedirected() {
    Progress lines = progress(false);
    lines.step(1, 2, "a.json", "complete");
    lines.step(3, -1, "line 3", "invalid dossier, 1 problem(s)");
    lines.finish();
    assertThat(err.toString()).isEqualTo("[1/2] a.json: complete" + System.lineSeparator()
        + "[3] line 3: invalid dossier, 1 problem(s)" + System.lineSeparator());
  }
}
