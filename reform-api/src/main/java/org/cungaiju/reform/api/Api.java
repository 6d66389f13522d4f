package org.cungaiju.reform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API status of a public type or member, so users know what they can rely on.
 *
 * <p>Every public type of reform carries this marker. A {@link Status#STABLE} type keeps its
 * binary and behavioural contract across minor versions; an {@link Status#EXPERIMENTAL} one may
 * change in a minor version; an {@link Status#INTERNAL} one is public only for reform's own
 * modules and may change at any time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD,
    ElementType.PACKAGE})
@Api(status = Api.Status.STABLE, since = "0.1")
public @interface Api {

  /** The status of the annotated element. */
  Status status();

  /** The version in which the element reached its status, such as {@code "0.1"}. */
  String since() default "0.1";

  /** How far users may rely on an element. */
  enum Status {
    /** Kept compatible across minor versions. */
    STABLE,
    /** May change in a minor version; feedback welcome. */
    EXPERIMENTAL,
    /** For reform's own modules only; may change at any time. */
    INTERNAL
  }
}
