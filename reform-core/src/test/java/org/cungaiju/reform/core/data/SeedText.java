package org.cungaiju.reform.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.cungaiju.reform.core.testing.SharedFiles;

/**
 * The policy text, read at test time from the folder the build names in the system property
 * {@code reform.shared}. Where the folder is absent the calling test is skipped, except under
 * {@code CI=true}, where it fails: a build server must have the text.
 */
final class SeedText {

  static final String PLAN = "seed/000_0efe6b00f9e885f9.txt";

  private SeedText() {}

  /** The plan's text, or a skipped (locally) or failed (on CI) test when it is absent. */
  static String plan() {
    try {
      return Files.readString(SharedFiles.require(PLAN), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
