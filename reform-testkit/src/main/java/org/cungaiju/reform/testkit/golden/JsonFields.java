package org.cungaiju.reform.testkit.golden;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * A JSON object read strictly, field by field, with its path: unknown fields, duplicate keys,
 * wrong types and missing fields are refused with an {@link InvalidInputException} naming the
 * JSON path, such as {@code $.persons[2].birthDate}.
 */
final class JsonFields {
  private static final ObjectMapper MAPPER = mapper();

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength(100_000).maxDocumentLength(5_000_000L).build());
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    return m;
  }

  /** Parses a whole document, which must be one JSON object. */
  static JsonFields parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of("$", e.getOriginalMessage(), "is not valid JSON"
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()),
          "one JSON object without duplicate keys");
    }
    if (root == null || !root.isObject()) {
      throw InvalidInputException.of("$", "", "is not a JSON object", "one JSON object");
    }
    return new JsonFields(root, "$");
  }

  String path() {
    return path;
  }

  /** Refuses any field not in {@code allowed}. */
  JsonFields only(Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw InvalidInputException.of(path + "." + n, n, "is not a known field",
            "the fields " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
    return this;
  }

  private JsonNode required(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw InvalidInputException.of(path + "." + field, "", "is missing", "a value");
    }
    return v;
  }

  String text(String field) {
    JsonNode v = required(field);
    if (!v.isTextual()) {
      throw InvalidInputException.of(path + "." + field, v, "is not text", "a JSON string");
    }
    return v.textValue();
  }

  Optional<String> optionalText(String field) {
    return node.has(field) ? Optional.of(text(field)) : Optional.empty();
  }

  boolean bool(String field, boolean absent) {
    if (!node.has(field)) {
      return absent;
    }
    JsonNode v = required(field);
    if (!v.isBoolean()) {
      throw InvalidInputException.of(path + "." + field, v, "is not true or false",
          "true or false");
    }
    return v.booleanValue();
  }

  int integer(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw InvalidInputException.of(path + "." + field, v, "is not a whole number",
          "a whole JSON number");
    }
    return v.intValue();
  }

  Optional<Integer> optionalInteger(String field) {
    return node.has(field) ? Optional.of(integer(field)) : Optional.empty();
  }

  LocalDate date(String field) {
    String s = text(field);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(path + "." + field, s, "is not a date",
          "an ISO date such as 2025-05-01");
    }
  }

  Optional<LocalDate> optionalDate(String field) {
    return node.has(field) ? Optional.of(date(field)) : Optional.empty();
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String s = text(field);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(path + "." + field, s, "is not a " + type.getSimpleName(),
          java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** Parses a text field with {@code parser}, putting this field's path on its errors. */
  <T> T parsed(String field, java.util.function.Function<String, T> parser) {
    String s = text(field);
    try {
      return parser.apply(s);
    } catch (InvalidInputException e) {
      throw e.under(path + "." + field);
    }
  }

  Optional<JsonFields> optionalObject(String field) {
    if (!node.has(field)) {
      return Optional.empty();
    }
    JsonNode v = required(field);
    if (!v.isObject()) {
      throw InvalidInputException.of(path + "." + field, "", "is not an object", "a JSON object");
    }
    return Optional.of(new JsonFields(v, path + "." + field));
  }

  /** The objects of an array field; empty when absent. */
  List<JsonFields> objects(String field) {
    List<JsonFields> out = new ArrayList<>();
    for (JsonNode item : array(field)) {
      String at = path + "." + field + "[" + out.size() + "]";
      if (!item.isObject()) {
        throw InvalidInputException.of(at, "", "is not an object", "a JSON object");
      }
      out.add(new JsonFields(item, at));
    }
    return out;
  }

  /** The strings of an array field; empty when absent. */
  List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array(field)) {
      if (!item.isTextual()) {
        throw InvalidInputException.of(path + "." + field + "[" + out.size() + "]", item,
            "is not text", "a JSON string");
      }
      out.add(item.textValue());
    }
    return out;
  }

  /** The fields of an object field, in order, each with its text value. */
  List<String[]> textEntries(String field) {
    JsonFields obj = optionalObject(field).orElseThrow(() -> InvalidInputException.of(
        path + "." + field, "", "is missing", "a JSON object"));
    List<String[]> out = new ArrayList<>();
    obj.node.fieldNames().forEachRemaining(n -> out.add(new String[] {n, obj.text(n)}));
    return out;
  }

  private JsonNode array(String field) {
    if (!node.has(field)) {
      return MAPPER.createArrayNode();
    }
    JsonNode v = required(field);
    if (!v.isArray()) {
      throw InvalidInputException.of(path + "." + field, "", "is not an array", "a JSON array");
    }
    return v;
  }
}
