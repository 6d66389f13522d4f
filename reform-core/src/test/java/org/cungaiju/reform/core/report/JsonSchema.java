package org.cungaiju.reform.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validator for the subset of JSON Schema (draft 2020-12) that {@code docs/report.schema.json}
 * uses: {@code type}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code items}, {@code enum}, {@code pattern} and {@code $ref} to {@code #/$defs/…}; {@code
 * $schema}, {@code $id}, {@code title} and {@code description} are annotations. Any other
 * keyword is refused, so the schema cannot silently rely on what this validator ignores.
 */
final class JsonSchema {

  private static final Set<String> KEYWORDS = Set.of("type", "properties", "required",
      "additionalProperties", "items", "enum", "pattern", "$ref", "$schema", "$id", "title",
      "description", "$defs");

  private final JsonNode root;

  private JsonSchema(JsonNode root) {
    this.root = root;
    checkKeywords(root, "#");
  }

  /** The schema {@code root}, checked to use only the subset. */
  static JsonSchema of(JsonNode root) {
    return new JsonSchema(root);
  }

  /** Every way {@code document} breaks the schema, each as {@code $.path: problem}. */
  List<String> violations(JsonNode document) {
    List<String> out = new ArrayList<>();
    check(root, document, "$", out);
    return out;
  }

  private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
    if (schema.isBoolean()) {
      if (!schema.booleanValue()) {
        out.add(path + ": is not allowed");
      }
      return;
    }
    if (schema.has("$ref")) {
      check(resolve(schema.get("$ref").textValue()), value, path, out);
    }
    if (schema.has("type") && !hasType(schema.get("type"), value)) {
      out.add(path + ": is " + value.getNodeType() + ", not " + schema.get("type"));
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        out.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern") && value.isTextual()
        && !Pattern.compile(schema.get("pattern").textValue()).matcher(value.textValue()).find()) {
      out.add(path + ": \"" + value.textValue() + "\" does not match " + schema.get("pattern"));
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!value.has(r.textValue())) {
            out.add(path + ": lacks the required property " + r.textValue());
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = path + "." + field.getKey();
        if (properties.has(field.getKey())) {
          check(properties.get(field.getKey()), field.getValue(), at, out);
        } else if (schema.has("additionalProperties")) {
          check(schema.get("additionalProperties"), field.getValue(), at, out);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static boolean hasType(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (hasType(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.textValue()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalArgumentException("only #/$defs/ references are supported: " + ref);
    }
    JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
    if (target.isMissingNode()) {
      throw new IllegalArgumentException("unresolved reference " + ref);
    }
    return target;
  }

  private void checkKeywords(JsonNode schema, String at) {
    if (schema.isBoolean()) {
      return;
    }
    if (!schema.isObject()) {
      throw new IllegalArgumentException(at + " is not a schema: " + schema);
    }
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k)) {
        throw new IllegalArgumentException(at + " uses the unsupported keyword " + k);
      }
    }
    if (schema.has("$ref")) {
      resolve(schema.get("$ref").textValue());
    }
    if (schema.has("pattern")) {
      Pattern.compile(schema.get("pattern").textValue());
    }
    schema.path("properties").fields().forEachRemaining(
        e -> checkKeywords(e.getValue(), at + "/properties/" + e.getKey()));
    schema.path("$defs").fields().forEachRemaining(
        e -> checkKeywords(e.getValue(), at + "/$defs/" + e.getKey()));
    if (schema.has("items")) {
      checkKeywords(schema.get("items"), at + "/items");
    }
    if (schema.has("additionalProperties")) {
      checkKeywords(schema.get("additionalProperties"), at + "/additionalProperties");
    }
  }
}
