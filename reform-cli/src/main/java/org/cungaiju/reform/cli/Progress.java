package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import org.cungaiju.reform.core.report.Texts;

/**
 * The progress of a batch on standard error: a bar redrawn in place on a terminal, plain lines
 * when standard error is redirected.
 */
abstract class Progress {

  private static final int BAR = 30;

  final PrintWriter err;
  final Texts messages;

  Progress(PrintWriter err, Texts messages) {
    this.err = err;
    this.messages = messages;
  }

  /** A bar on a terminal ({@code System.console() != null}), else lines. */
  static Progress of(PrintWriter err, Texts messages, boolean terminal) {
    return terminal ? new Bar(err, messages) : new Lines(err, messages);
  }

  /** One more dossier is done: the {@code done}-th of {@code total} (-1 when not known). */
  abstract void step(long done, long total, String source, String outcome);

  /** The batch is over. */
  abstract void finish();

  /** Plain lines, one per dossier. */
  private static final class Lines extends Progress {
    Lines(PrintWriter err, Texts messages) {
      super(err, messages);
    }

    @Override
    void step(long done, long total, String source, String outcome) {
      err.println(total < 0 ? messages.format("batch.line", done, source, outcome)
          : messages.format("batch.lineOf", done, total, source, outcome));
      err.flush();
    }

    @Override
    void finish() {}
  }

  /** A bar redrawn with carriage returns. */
  private static final class Bar extends Progress {
    private int width;

    Bar(PrintWriter err, Texts messages) {
      super(err, messages);
    }

    @Override
    void step(long done, long total, String source, String outcome) {
      StringBuilder b = new StringBuilder("\r");
      if (total > 0) {
        int filled = (int) Math.min(BAR, done * BAR / total);
        b.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ")
            .append(done).append('/').append(total);
      } else {
        b.append(messages.format("batch.count", done));
      }
      b.append("  ").append(source);
      int shown = b.length();
      b.append(" ".repeat(Math.max(0, width - shown)));
      width = shown;
      err.print(b);
      err.flush();
    }

    @Override
    void finish() {
      if (width > 0) {
        err.println();
        err.flush();
      }
    }
  }
}
