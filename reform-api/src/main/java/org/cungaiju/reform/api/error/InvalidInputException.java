package org.cungaiju.reform.api.error;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;

/**
 * Input that breaks one or more rules: every {@link Violation} found, not only the first.
 *
 * <p>The message lists each violation with its path, the offending value (masked if personal),
 * the problem and what would be accepted, so the caller can fix them all in one go.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class InvalidInputException extends ReformException {
  private static final long serialVersionUID = 1L;

  /** Shown in the message at most; {@link #violations()} always has them all. */
  private static final int MESSAGE_LIMIT = 20;

  private final ImmutableList<Violation> violations;

  /** An exception carrying at least one violation. */
  public InvalidInputException(Iterable<Violation> violations) {
    this(ImmutableList.copyOf(violations), null);
  }

  /** An exception carrying at least one violation, caused by {@code cause}. */
  public InvalidInputException(Iterable<Violation> violations, Throwable cause) {
    this(ImmutableList.copyOf(violations), cause);
  }

  private InvalidInputException(ImmutableList<Violation> violations, Throwable cause) {
    super(message(violations), cause);
    this.violations = violations;
  }

  /** One violation: the field or path, the (masked) value, the problem, what is accepted. */
  public static InvalidInputException of(
      String path, Object value, String problem, String accepted) {
    return new InvalidInputException(
        ImmutableList.of(Violation.of(path, value, problem, accepted)));
  }

  /**
   * Throws an exception with one violation unless {@code valid}: the Preconditions idiom for
   * input. {@code value} must already be masked when it is personal data.
   *
   * @throws InvalidInputException if {@code valid} is false
   */
  public static void checkInput(
      boolean valid, String path, Object value, String problem, String accepted) {
    if (!valid) {
      throw of(path, value, problem, accepted);
    }
  }

  /** Every violation found, in the order found; never empty. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** The same violations with {@code prefix} put before each relative path. */
  public InvalidInputException under(String prefix) {
    return new InvalidInputException(
        violations.stream().map(v -> v.under(prefix)).collect(ImmutableList.toImmutableList()),
        getCause());
  }

  private static String message(ImmutableList<Violation> violations) {
    checkArgument(!violations.isEmpty(), "an InvalidInputException needs a violation");
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    String listed = violations.stream()
        .limit(MESSAGE_LIMIT)
        .map(v -> "  " + v)
        .collect(Collectors.joining("\n"));
    String more = violations.size() > MESSAGE_LIMIT
        ? "\n  ... and " + (violations.size() - MESSAGE_LIMIT) + " more"
        : "";
    return violations.size() + " problems:\n" + listed + more;
  }
}
