package org.cungaiju.reform.core.guard;

/**
 * What a plugin is asked, described only when a fault is reported: by the ids of the persons
 * and organizations involved (never resident ids or names), and by JSON path where the guard
 * can tell it.
 */
@FunctionalInterface
interface Input {

  /** Such as {@code person p17 of organization org1 on 2025-12-31}. */
  String describe();

  /** The input's JSON path, such as {@code $.persons[17]}, or {@code null} when not known. */
  default String path() {
    return null;
  }
}
