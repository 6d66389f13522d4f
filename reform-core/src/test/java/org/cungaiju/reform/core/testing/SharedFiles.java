package org.cungaiju.reform.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The files beside the repository that tests read where they are, never copied into the
 * repository: the policy text ({@code seed/}) and published reference results ({@code data/}).
 * The build passes their folder in the system property {@code reform.shared}.
 *
 * <p>Where a file is missing the calling test is skipped, saying so; under CI ({@code CI=true})
 * it must be there, and a missing file fails the test.
 */
public final class SharedFiles {

  /** The system property naming the shared folder. */
  public static final String PROPERTY = "reform.shared";

  private SharedFiles() {}

  /**
   * The shared file at {@code relative} (such as {@code data/us-house-2020.csv}), or a skipped
   * test (a failed one under CI) when it is absent.
   */
  public static Path require(String relative) {
    String folder = System.getProperty(PROPERTY);
    Path file = folder == null ? null : Path.of(folder).resolve(relative);
    if (file == null || !Files.isRegularFile(file)) {
      String why = relative + " is not available: system property " + PROPERTY + " is "
          + (folder == null ? "not set" : "'" + folder + "'")
          + "; the build sets it to the folder beside the repository";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + " (under CI=true it must be there)");
      }
      Assumptions.abort(why + " (skipped)");
    }
    return file;
  }
}
