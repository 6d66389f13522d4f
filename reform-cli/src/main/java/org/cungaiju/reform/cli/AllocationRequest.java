package org.cungaiju.reform.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.Claim;
import org.cungaiju.reform.core.allocation.Method;

/**
 * The request of {@code reform allocate}, read strictly from JSON:
 * {@code {"total": 435, "method": "huntington-hill", "claims": [{"id": "CA", "weight":
 * "39576757", "min": 1}, ...]}}.
 *
 * <p>Unknown fields, duplicate keys, numbers in exponent notation, fractional or quoted whole
 * numbers are refused; a weight is a non-negative JSON number or a decimal string in plain
 * notation ({@code "1.50"} is 1.5). Every problem found is reported at once, each with its JSON
 * path, such as {@code $.claims[3].weight}.
 *
 * @param total the units to allocate
 * @param method the method of apportionment
 * @param claims the claims, in the order given
 */
record AllocationRequest(long total, Method method, ImmutableList<Claim> claims) {

  private static final ImmutableSet<String> FIELDS = ImmutableSet.of("total", "method", "claims");
  private static final ImmutableSet<String> CLAIM_FIELDS =
      ImmutableSet.of("id", "weight", "min", "max");
  private static final String WHOLE = "a whole number from 0 to 2^62, without quotes or decimals";

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Reads a request.
   *
   * @throws InvalidInputException listing every problem, each at its JSON path
   */
  static AllocationRequest read(byte[] json) {
    List<Violation> violations = new ArrayList<>();
    JsonNode root = parse(json, violations);
    if (root == null) {
      throw new InvalidInputException(violations);
    }
    if (!root.isObject()) {
      throw InvalidInputException.of("$", root.getNodeType(), "is not an object",
          "an object with total, method and claims");
    }
    unknownFields(root, "$", FIELDS, violations);
    long total = whole(root.get("total"), "$.total", true, violations);
    Method method = method(root.get("method"), violations);
    List<Claim> claims = new ArrayList<>();
    JsonNode list = root.get("claims");
    if (list == null || !list.isArray()) {
      violations.add(Violation.of("$.claims", list == null ? "" : list.getNodeType(),
          list == null ? "is missing" : "is not an array", "an array of claims"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        Claim c = claim(list.get(i), "$.claims[" + i + "]", violations);
        if (c != null) {
          claims.add(c);
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new AllocationRequest(total, method, ImmutableList.copyOf(claims));
  }

  /** The tree, or null with the violation; numbers in exponent notation are violations too. */
  private static JsonNode parse(byte[] json, List<Violation> violations) {
    try (JsonParser p = MAPPER.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isNumeric() && p.getText().matches(".*[eE].*")) {
          violations.add(Violation.of(path(p.getParsingContext().pathAsPointer()), p.getText(),
              "is in exponent notation", "a number in plain notation, such as 1000 or \"1.5\""));
        }
      }
    } catch (JsonProcessingException e) {
      violations.add(Violation.of(e.getProcessor() instanceof JsonParser
              ? path(((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer()) : "$",
          "", e.getOriginalMessage(), "well-formed JSON without duplicate keys"));
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (!violations.isEmpty()) {
      return null;
    }
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      violations.add(Violation.of("$", "", e.getMessage(), "well-formed JSON"));
      return null;
    }
  }

  /** {@code /claims/3/weight} as {@code $.claims[3].weight}. */
  private static String path(JsonPointer pointer) {
    StringBuilder b = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() >= 0) {
        b.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        b.append('.').append(p.getMatchingProperty());
      }
    }
    return b.toString();
  }

  private static void unknownFields(
      JsonNode object, String path, ImmutableSet<String> known, List<Violation> violations) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      String name = it.next().getKey();
      if (!known.contains(name)) {
        violations.add(Violation.of(path + "." + name, "", "is not a known field",
            "only " + String.join(", ", known)));
      }
    }
  }

  /** A whole number in [0, 2^62]; -1 (with a violation) if absent when required or invalid. */
  private static long whole(JsonNode node, String path, boolean required,
      List<Violation> violations) {
    if (node == null) {
      if (required) {
        violations.add(Violation.of(path, "", "is missing", WHOLE));
      }
      return -1;
    }
    if (!node.isIntegralNumber()) {
      violations.add(Violation.of(path, node.toString(), "is not a whole number", WHOLE));
      return -1;
    }
    BigInteger v = node.bigIntegerValue();
    if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(Apportionment.MAX)) > 0) {
      violations.add(Violation.of(path, v, v.signum() < 0 ? "is negative" : "is above 2^62",
          WHOLE));
      return -1;
    }
    return v.longValueExact();
  }

  private static Method method(JsonNode node, List<Violation> violations) {
    if (node == null || !node.isTextual()) {
      violations.add(Violation.of("$.method", node == null ? "" : node.toString(),
          node == null ? "is missing" : "is not text",
          "largest-remainder, dhondt, sainte-lague, huntington-hill or adams"));
      return null;
    }
    try {
      return Method.parse(node.textValue());
    } catch (InvalidInputException e) {
      violations.addAll(e.under("$").violations());
      return null;
    }
  }

  private static Claim claim(JsonNode node, String path, List<Violation> violations) {
    if (!node.isObject()) {
      violations.add(Violation.of(path, node.toString(), "is not an object",
          "a claim such as {\"id\": \"CA\", \"weight\": \"39576757\", \"min\": 1}"));
      return null;
    }
    int before = violations.size();
    unknownFields(node, path, CLAIM_FIELDS, violations);
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual()) {
      violations.add(Violation.of(path + ".id", id == null ? "" : id.toString(),
          id == null ? "is missing" : "is not text", "the claim's id as text"));
    }
    Weight weight = weight(node.get("weight"), path + ".weight", violations);
    long min = whole(node.get("min"), path + ".min", false, violations);
    long max = whole(node.get("max"), path + ".max", false, violations);
    if (violations.size() > before) {
      return null;
    }
    try {
      return new Claim(id.textValue(), weight, Math.max(min, 0),
          node.has("max") ? max : Claim.NO_MAX);
    } catch (InvalidInputException e) {
      violations.addAll(e.under(path).violations());
      return null;
    }
  }

  private static Weight weight(JsonNode node, String path, List<Violation> violations) {
    try {
      if (node == null) {
        violations.add(Violation.of(path, "", "is missing", "a non-negative number"));
      } else if (node.isTextual()) {
        return Weight.parse(node.textValue());
      } else if (node.isIntegralNumber()) {
        return Weight.of(new BigDecimal(node.bigIntegerValue()));
      } else if (node.isNumber()) {
        return Weight.of(node.decimalValue());
      } else {
        violations.add(Violation.of(path, node.toString(), "is not a number",
            "a non-negative number, or a decimal string such as \"1.5\""));
      }
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> violations.add(
          Violation.of(path, v.value(), v.problem(), v.accepted())));
    }
    return null;
  }
}
