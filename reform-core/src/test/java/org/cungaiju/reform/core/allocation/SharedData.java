package org.cungaiju.reform.core.allocation;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

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
    String shared = System.getProperty("reform.shared");
    Path file = shared == null ? null : Path.of(shared, "data", name);
    if (file == null || !Files.isRegularFile(file)) {
      String why = "the published reference data " + name + " is not at "
          + (shared == null ? "the folder of system property reform.shared (unset)" : file)
          + "; the build sets reform.shared to the folder beside the repository";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + " — under CI it must be there");
      }
      Assumptions.abort(why + " — skipped");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
