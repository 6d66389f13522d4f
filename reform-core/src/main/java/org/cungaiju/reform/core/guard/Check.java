package org.cungaiju.reform.core.guard;

/** A rule an answer must keep: the problem with {@code answer}, or {@code null} if none. */
@FunctionalInterface
interface Check<T> {

  /**
   * What is wrong with {@code answer} (never {@code null} itself) and what would be accepted,
   * or {@code null} when it keeps the rule.
   */
  String problem(T answer);

  /** Accepts every answer. */
  static <T> Check<T> none() {
    return answer -> null;
  }
}
