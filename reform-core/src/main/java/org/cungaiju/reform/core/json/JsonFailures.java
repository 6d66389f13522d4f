package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.id.ResidentId;

/**
 * Turns Jackson's failures into violations with a JSON path, without letting the input's text
 * into the message unmasked.
 */
final class JsonFailures {

  private static final String WELL_FORMED = "well-formed JSON (RFC 8259)";
  private static final Pattern QUOTED = Pattern.compile("(['\"])([^'\"]{2,})\\1");
  private static final Pattern HINT =
      Pattern.compile(", from `[^`]*`|\\s*\\(but (?:could|might) [^()]*`CoercionConfig`[^()]*\\)");
  private static final ImmutableSet<String> JSON_WORDS =
      ImmutableSet.of("true", "false", "null", "NaN", "Infinity", "-Infinity");

  private JsonFailures() {}

  /**
   * The violations {@code e} stands for. {@code parser} is the parser that was reading, whose
   * context says where a syntax error happened; it may be null.
   *
   * @throws IllegalArgumentException if {@code e} says the target type cannot be mapped at
   *     all: a defect of the caller's type, not of the input
   */
  static ImmutableList<Violation> violations(JsonProcessingException e, JsonParser parser) {
    String at = location(e.getLocation());
    if (isDuplicateKey(e) && parser != null) {
      // a tree refusing a duplicate key, found once the second value was read: the parser is
      // still in that object, at that name
      return ImmutableList.of(duplicateKey(Paths.of(parser.getParsingContext()), at));
    }
    if (e instanceof JsonMappingException mapping) {
      if (e instanceof InvalidDefinitionException) {
        throw new IllegalArgumentException("the type cannot be read from JSON: "
            + e.getOriginalMessage(), e);
      }
      String path = Paths.of(mapping.getPath());
      if (e.getCause() instanceof InvalidInputException invalid) {
        return invalid.violations().stream()
            .map(v -> Paths.reroot(v, path))
            .collect(ImmutableList.toImmutableList());
      }
      if (e instanceof UnrecognizedPropertyException unknown) {
        String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds()
            .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return ImmutableList.of(Violation.of(path, "", "is not a known field" + at,
            known.isEmpty() ? "" : "the fields " + known));
      }
      return ImmutableList.of(Violation.of(path, "", sanitize(e.getOriginalMessage()) + at, ""));
    }
    String path = parser == null ? Paths.ROOT : Paths.of(parser.getParsingContext());
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return ImmutableList.of(Violation.of(path, "",
          "exceeds a limit of the reader: " + sanitize(message) + at, ReformJson.LIMITS));
    }
    if (e instanceof JsonEOFException) {
      return ImmutableList.of(Violation.of(path, "", "ends before the JSON is complete" + at,
          WELL_FORMED));
    }
    if (isDuplicateKey(e)) {
      return ImmutableList.of(duplicateKey(path, at));
    }
    return ImmutableList.of(Violation.of(path, "",
        "is not well-formed JSON: " + sanitize(message) + at, WELL_FORMED));
  }

  /** Whether {@code e} is the parser's or the tree's refusal of a duplicate key. */
  private static boolean isDuplicateKey(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message != null && message.startsWith("Duplicate field");
  }

  private static Violation duplicateKey(String path, String at) {
    return Violation.of(path, "", "is given twice in one object" + at,
        "each field at most once per object");
  }

  /** The same violations as {@link #violations}, as one exception. */
  static InvalidInputException exception(JsonProcessingException e, JsonParser parser) {
    return new InvalidInputException(violations(e, parser), e);
  }

  /** Jackson's message without hints about its own settings, quoted input masked. */
  static String sanitize(String message) {
    String plain = HINT.matcher(message).replaceAll("");
    Matcher m = QUOTED.matcher(plain);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String quoted = JSON_WORDS.contains(m.group(2)) ? m.group(2) : mask(m.group(2));
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + quoted + m.group(1)));
    }
    m.appendTail(b);
    return b.toString().strip();
  }

  /** Input quoted in a message may be a resident id or a name: only its start is shown. */
  private static String mask(String text) {
    if (text.length() == 18) {
      return ResidentId.mask(text);
    }
    int first = text.offsetByCodePoints(0, 1);
    return text.substring(0, first) + "*".repeat(text.codePointCount(first, text.length()));
  }

  private static String location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
