package org.cungaiju.reform.api.explain;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.cungaiju.reform.api.Api;

/**
 * A value together with the explanation of how it was decided.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param value the decided value
 * @param explanation why the value is what it is
 * @param <T> the type of the value
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Explained<T>(T value, Explanation explanation) {

  /** Validates that both parts are present. */
  public Explained {
    requireNonNull(value, "value");
    requireNonNull(explanation, "explanation");
  }

  /** A value with its explanation. */
  public static <T> Explained<T> of(T value, Explanation explanation) {
    return new Explained<>(value, explanation);
  }

  /** The same explanation for a value derived from this one. */
  public <R> Explained<R> map(Function<? super T, ? extends R> f) {
    return new Explained<>(f.apply(value), explanation);
  }
}
