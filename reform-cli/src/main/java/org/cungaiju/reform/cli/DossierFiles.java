package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.ReadResult;

/** Reading the dossier file a subcommand was given, with messages that name the file. */
final class DossierFiles {

  private DossierFiles() {}

  /**
   * The dossier in {@code file}, or every violation found in it.
   *
   * @throws UncheckedIOException naming the file if it cannot be read (a usage error)
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
}
