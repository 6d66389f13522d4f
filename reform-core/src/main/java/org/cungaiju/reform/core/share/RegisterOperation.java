package org.cungaiju.reform.core.share;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;

/**
 * An operation on a share register that moves shares between holders without creating or
 * destroying any: a {@link Transfer} inside the organization, or an {@link Inheritance}.
 *
 * <p>{@link ShareBook#apply} checks an operation against the register and records it in the
 * book's log with its date and reason. Immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public sealed interface RegisterOperation permits Transfer, Inheritance {

  /** The day the operation takes effect. */
  LocalDate date();

  /**
   * Why, as recorded: the decision or document it rests on, such as {@code 成员大会决议
   * 2025-03号}. Never personal data: name persons by their ids.
   */
  String reason();
}
