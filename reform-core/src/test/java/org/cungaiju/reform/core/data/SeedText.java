package org.cungaiju.reform.core.data;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The policy text, read at test time from the folder the build names in the system property
 * {@code reform.shared}. Where the folder is absent the calling test is skipped, except under
 * {@code CI=true}, where it fails: a build server must have the text.
 */
final class SeedText {

  static final String PROPERTY = "reform.shared";
  static final String PLAN = "seed/000_0efe6b00f9e885f9.txt";

  private SeedText() {}

  /** The plan's text, or a skipped (locally) or failed (on CI) test when it is absent. */
  static String plan() {
    String folder = System.getProperty(PROPERTY);
    Path file = folder == null ? null : Path.of(folder).resolve(PLAN);
    if (file == null || !Files.isRegularFile(file)) {
      String message = "the policy text " + PLAN + " is not available: system property "
          + PROPERTY + " is " + (folder == null ? "not set" : "'" + folder + "'")
          + "; run the tests through Maven from a checkout beside the shared folder";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true requires it)");
      }
      assumeTrue(false, message + " (skipped)");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
