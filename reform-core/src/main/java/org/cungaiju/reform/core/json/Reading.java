package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;

/**
 * The state of one conversion from a JSON tree to values: every violation found so far, and the
 * date resident ids are judged against. Not thread-safe; one per conversion.
 */
final class Reading {

  /** Longer offending values are cut in messages: a message is no place for a megabyte. */
  private static final int MAX_VALUE_SHOWN = 80;

  private final List<Violation> violations = new ArrayList<>();
  private Optional<LocalDate> asOf = Optional.empty();

  /** Records a violation at {@code path}; {@code value} must already be masked if personal. */
  void add(String path, String value, String problem, String accepted) {
    violations.add(new Violation(path, shorten(value), problem, accepted));
  }

  /** Records a violation at {@code path}; {@code value} must already be masked if personal. */
  void add(JsonPath path, String value, String problem, String accepted) {
    add(path.toString(), value, problem, accepted);
  }

  /** Records {@code v}, whose value must already be masked if personal. */
  void add(Violation v) {
    add(v.path(), v.value(), v.problem(), v.accepted());
  }

  /** Takes away the violations found after {@code mark}, and gives them, in order. */
  List<Violation> takeSince(int mark) {
    List<Violation> since = new ArrayList<>(violations.subList(mark, violations.size()));
    violations.subList(mark, violations.size()).clear();
    return since;
  }

  /** Puts back violations {@link #takeSince taken} earlier, after those found since. */
  void putBack(List<Violation> taken) {
    violations.addAll(taken);
  }

  /** How many violations have been found so far: a mark for {@link #failedSince}. */
  int mark() {
    return violations.size();
  }

  /** Whether a violation was found after {@code mark}. */
  boolean failedSince(int mark) {
    return violations.size() > mark;
  }

  /** Every violation found, in the order found. */
  ImmutableList<Violation> violations() {
    return ImmutableList.copyOf(violations);
  }

  /** The date no birth date may be after, when the document gives one. */
  Optional<LocalDate> asOf() {
    return asOf;
  }

  /** Sets the date no birth date may be after; returns the one it replaces. */
  Optional<LocalDate> asOf(Optional<LocalDate> date) {
    Optional<LocalDate> previous = asOf;
    asOf = date;
    return previous;
  }

  /**
   * Builds a record, or returns null after recording its constructor's violations, whose paths
   * are relative to the record, under {@code path}.
   */
  <T> T build(JsonPath path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> add(Paths.reroot(v, path.toString())));
      return null;
    } catch (IllegalArgumentException e) {
      // the few api checks that use Preconditions (a Violation's own fields) say what is wrong
      add(path, "", "is not accepted: " + e.getMessage(), "");
      return null;
    }
  }

  /**
   * Parses a scalar, or returns null after recording its parser's violations at {@code path}
   * itself (a parser names only the kind of value, such as {@code money}).
   */
  <T> T parse(JsonPath path, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> add(path, v.value(), v.problem(), v.accepted()));
      return null;
    }
  }

  private static String shorten(String value) {
    if (value.length() <= MAX_VALUE_SHOWN) {
      return value;
    }
    return value.substring(0, MAX_VALUE_SHOWN) + "… (" + value.length() + " characters)";
  }
}
