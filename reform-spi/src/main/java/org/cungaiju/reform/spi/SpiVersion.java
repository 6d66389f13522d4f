package org.cungaiju.reform.spi;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;

/**
 * The version of this SPI a plugin was built against, {@code major.minor}.
 *
 * <p>A core supports the plugins of its own major version and of any minor: minor versions
 * only add {@code default} methods. A plugin must state the version as a literal, such as
 * {@code SpiVersion.of(1, 0)}, and not {@link #CURRENT}: that field is read when the plugin
 * runs, so it would always name the running SPI, not the one the plugin was built against.
 * Immutable and thread-safe.
 *
 * @param major the major version, 1 or more
 * @param minor the minor version, 0 or more
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

  /** The version of the SPI on the class path or module path at run time. */
  public static final SpiVersion CURRENT = new SpiVersion(1, 0);

  private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /** Validates the numbers. */
  public SpiVersion {
    checkInput(major >= 1, "spiVersion.major", major, "is below 1", "1 or more");
    checkInput(minor >= 0, "spiVersion.minor", minor, "is negative", "0 or more");
  }

  /** The version {@code major.minor}. */
  public static SpiVersion of(int major, int minor) {
    return new SpiVersion(major, minor);
  }

  /**
   * Parses {@code "1.0"}.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if it is not {@code major.minor}
   */
  public static SpiVersion parse(String text) {
    Matcher m = TEXT.matcher(text);
    checkInput(m.matches(), "spiVersion", text, "is not a version", "major.minor, such as 1.0");
    return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public int compareTo(SpiVersion other) {
    return major != other.major ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  /** Reads as {@code 1.0}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
