package org.cungaiju.reform.core.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.cungaiju.reform.core.testing.SharedFiles;

/**
 * The published reference results beside the repository (the folder the build passes in system
 * property {@code reform.shared}, holding {@code data/}). They are read where they are, never
 * copied into the repository. Where the folder is missing a test is skipped, saying so; under CI
 * ({@code CI=true}) it must be there, and a missing folder fails the test.
 */
final class SharedData {

  private SharedData() {}

  /** The lines of {@code data/<name>}, or a skipped (or, under CI, failed) test. */
  static List<String> lines(String name) {
    try {
      return Files.readAllLines(SharedFiles.require("data/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
