package org.cungaiju.reform.api.error;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;

/**
 * One broken rule in some input: where, what value, what is wrong and what would be accepted.
 *
 * <p>{@code path} is a JSON path such as {@code $.persons[17].residentId} when the input came
 * from JSON, or a field name such as {@code residentId} when a value was built in code. {@code
 * value} is already masked when it is personal data. Immutable and thread-safe.
 *
 * @param path where the problem is; never empty
 * @param value the offending value as text (masked if personal), or {@code ""} when absent
 * @param problem what is wrong, such as {@code "fails the GB 11643 check character"}
 * @param accepted what would be accepted, such as {@code "18 characters: 17 digits and a digit or X"}
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Violation(String path, String value, String problem, String accepted) {

  /** Validates that path and problem are present. */
  public Violation {
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    requireNonNull(problem, "problem");
    requireNonNull(accepted, "accepted");
    checkArgument(!path.isEmpty(), "a violation needs a path");
    checkArgument(!problem.isEmpty(), "a violation needs a problem");
  }

  /** A violation at {@code path} for {@code value}; {@code value} must already be masked. */
  public static Violation of(String path, Object value, String problem, String accepted) {
    return new Violation(path, String.valueOf(value), problem, accepted);
  }

  /**
   * The same violation with {@code prefix} put before its path: {@code $.persons[3]} and
   * {@code residentId} give {@code $.persons[3].residentId}; a path that already starts with
   * {@code $} is kept as it is.
   */
  public Violation under(String prefix) {
    if (path.startsWith("$")) {
      return this;
    }
    String joined = path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, value, problem, accepted);
  }

  /** Reads as {@code path: problem (value 'v'); accepted: a}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(path).append(": ").append(problem);
    if (!value.isEmpty()) {
      b.append(" (value '").append(value).append("')");
    }
    if (!accepted.isEmpty()) {
      b.append("; accepted: ").append(accepted);
    }
    return b.toString();
  }
}
