package org.cungaiju.reform.core.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.id.ResidentId;

/**
 * The state of one conversion from a JSON tree to values: the violations found so far, and the
 * date resident ids are judged against. Not thread-safe; one per conversion.
 *
 * <p>At most {@value #MAX_LISTED} violations are kept, then only their number: a document of a
 * million nulls would otherwise cost some hundred bytes of violations per byte read.
 */
final class Reading {

  /** The most violations listed; past them, {@link #violations()} says how many more there are. */
  static final int MAX_LISTED = 1_000;

  /** Longer offending values are cut in messages: a message is no place for a megabyte. */
  private static final int MAX_VALUE_SHOWN = 80;

  /** A resident id's shape: 18 characters (the last may be X) or the 15 digits of the old ids. */
  private static final Pattern RESIDENT_ID =
      Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

  /** Two or more Han characters together: perhaps a name, in the wrong place or not. */
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

  private final List<Violation> violations = new ArrayList<>();
  private int found;
  private Optional<LocalDate> asOf = Optional.empty();

  /**
   * Records a violation at {@code path}; {@code value} must already be masked if personal.
   * Whatever has the shape of a resident id (15 digits, or 17 and a digit or X) is masked
   * wherever it stands, and so is every run of Han characters after its surname, as a name is
   * ({@code 吴发德} shows as {@code 吴**}, {@code 司徒明华} as {@code 司徒**}), since a value in
   * the wrong place may be anything: a name exported into the column of the sex is still a
   * name.
   */
  void add(String path, String value, String problem, String accepted) {
    found++;
    if (violations.size() < MAX_LISTED) {
      violations.add(new Violation(path, shorten(maskNames(maskIds(value))), problem, accepted));
    }
  }

  /** Records a violation at {@code path}; {@code value} must already be masked if personal. */
  void add(JsonPath path, String value, String problem, String accepted) {
    add(path.toString(), value, problem, accepted);
  }

  /** Records {@code v}, whose value must already be masked if personal. */
  void add(Violation v) {
    add(v.path(), v.value(), v.problem(), v.accepted());
  }

  /**
   * Takes away the violations found after {@code mark}, to be {@linkplain #putBack put back}
   * later: those listed, in order, and how many were found in all.
   */
  Taken takeSince(int mark) {
    // the list always holds the first min(found, MAX_LISTED) violations found
    List<Violation> tail = violations.subList(Math.min(mark, MAX_LISTED), violations.size());
    Taken taken = new Taken(new ArrayList<>(tail), found - mark);
    tail.clear();
    found = mark;
    return taken;
  }

  /** Puts back violations {@link #takeSince taken} earlier, after those found since. */
  void putBack(Taken taken) {
    for (Violation v : taken.listed()) {
      if (violations.size() < MAX_LISTED) {
        violations.add(v);
      }
    }
    found += taken.found();
  }

  /** Violations set aside: those that were listed, and how many were found in all. */
  record Taken(List<Violation> listed, int found) {}

  /** How many violations have been found so far: a mark for {@link #failedSince}. */
  int mark() {
    return found;
  }

  /** Whether a violation was found after {@code mark}. */
  boolean failedSince(int mark) {
    return found > mark;
  }

  /**
   * The violations found, in the order found: every one, or the first {@value #MAX_LISTED} and
   * one more at {@code $} saying how many were not listed.
   */
  ImmutableList<Violation> violations() {
    if (found <= MAX_LISTED) {
      return ImmutableList.copyOf(violations);
    }
    return ImmutableList.<Violation>builderWithExpectedSize(MAX_LISTED + 1)
        .addAll(violations)
        .add(new Violation(Paths.ROOT, "", "has " + (found - MAX_LISTED)
            + " more problems, not listed", "the document with the problems listed fixed"))
        .build();
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

  private static String maskIds(String value) {
    if (value.length() < 15) {
      return value;
    }
    Matcher m = RESIDENT_ID.matcher(value);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(ResidentId.mask(m.group())));
    }
    return m.appendTail(b).toString();
  }

  private static String maskNames(String value) {
    Matcher m = HAN_RUN.matcher(value);
    if (!m.find()) {
      return value;
    }
    StringBuilder b = new StringBuilder();
    do {
      String run = m.group();
      int first = PersonName.COMPOUND_SURNAMES.contains(run.substring(0, 2)) ? 2
          : run.offsetByCodePoints(0, 1);
      m.appendReplacement(b, Matcher.quoteReplacement(run.substring(0, first)
          + "*".repeat(run.codePointCount(first, run.length()))));
    } while (m.find());
    return m.appendTail(b).toString();
  }

  private static String shorten(String value) {
    if (value.length() <= MAX_VALUE_SHOWN) {
      return value;
    }
    return value.substring(0, MAX_VALUE_SHOWN) + "… (" + value.length() + " characters)";
  }
}
