package org.cungaiju.reform.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;

/**
 * What reading a document gave: either the value, or every violation found in the document,
 * never both and never a partial value.
 *
 * <p>Use it where the violations are the answer, as in a validation report; use
 * {@link #orElseThrow()} where they are an error. Immutable and thread-safe when {@code T} is.
 *
 * @param value the value read, present exactly when there are no violations
 * @param violations every violation found, in document order where possible
 * @param <T> the type of value read
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ReadResult<T>(Optional<T> value, ImmutableList<Violation> violations) {

  /** Validates that the result holds a value or violations, not both. */
  public ReadResult {
    requireNonNull(value, "value");
    violations = ImmutableList.copyOf(violations);
    checkArgument(value.isPresent() == violations.isEmpty(),
        "a read result holds a value or violations, not both and not neither");
  }

  /** A valid result. */
  public static <T> ReadResult<T> valid(T value) {
    return new ReadResult<>(Optional.of(value), ImmutableList.of());
  }

  /** An invalid result with at least one violation. */
  public static <T> ReadResult<T> invalid(Iterable<Violation> violations) {
    return new ReadResult<>(Optional.empty(), ImmutableList.copyOf(violations));
  }

  /** Whether the document was read without violations. */
  public boolean isValid() {
    return value.isPresent();
  }

  /**
   * The value read.
   *
   * @throws InvalidInputException with every violation if the document was invalid
   */
  public T orElseThrow() {
    return value.orElseThrow(() -> new InvalidInputException(violations));
  }
}
