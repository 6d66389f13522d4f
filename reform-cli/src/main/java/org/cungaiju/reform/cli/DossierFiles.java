package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.ReadResult;

/** Reading the dossier a subcommand is given, with the messages every subcommand prints. */
final class DossierFiles {

  private DossierFiles() {}

  /**
   * The dossier in {@code file}, or every violation found in it.
   *
   * @throws UncheckedIOException naming the file and why it cannot be read (a usage error)
   */
  static ReadResult<Dossier> validate(Path file) {
    try {
      return DossierReader.validate(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException("cannot read " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The dossier in {@code file}; if it is invalid, prints every violation on {@code err} and
   * gives nothing.
   */
  static Optional<Dossier> readOrReport(Path file, PrintWriter err) {
    ReadResult<Dossier> result = validate(file);
    if (result.isValid()) {
      return result.value();
    }
    report(file, result, err);
    return Optional.empty();
  }

  /** Prints every violation of an invalid dossier, each with its JSON path. */
  static void report(Path file, ReadResult<Dossier> result, PrintWriter err) {
    int n = result.violations().size();
    err.println(file + ": invalid dossier, " + n + (n == 1 ? " problem:" : " problems:"));
    for (Violation v : result.violations()) {
      err.println("  " + v);
    }
  }
}
