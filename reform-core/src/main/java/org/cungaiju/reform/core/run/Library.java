package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.cungaiju.reform.api.Api;

/**
 * The library that made a {@link Report}: its name and version, as the build recorded them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name {@code reform}
 * @param version the version, such as {@code 0.1.0}
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Library(String name, String version) {

  private static final Library CURRENT = read();

  /** Validates that both are present. */
  public Library {
    requireNonNull(name, "name");
    requireNonNull(version, "version");
  }

  /** This library. */
  public static Library current() {
    return CURRENT;
  }

  private static Library read() {
    Properties p = new Properties();
    try (InputStream in = Library.class.getResourceAsStream("reform-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("reform-version.properties is missing from reform-core");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reform-version.properties", e);
    }
    return new Library(p.getProperty("name", "reform"), p.getProperty("version", "unknown"));
  }
}
