package org.cungaiju.reform.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Damages a JSON document as {@link Mutation}s say: faults on the tree first (in order), then
 * the document is written out and the faults on bytes are done (in order).
 *
 * <p>Values that no JSON tree can hold — raw control characters, numbers with huge exponents,
 * keys given twice, nesting 100,000 deep — are put in as placeholders, replaced by their raw
 * text once the tree is written. Deterministic: the same document and mutations give the same
 * bytes.
 */
public final class JsonMutator {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The most bytes a huge array may add, so that a case stays cheap. */
  private static final int HUGE_BYTES = 1_000_000;

  // the resident-id-like values below fail their check character: they are no one's id, so
  // that a test may look for the ids of a document's persons in what the reader says
  private static final List<String> EXTREME_NUMBERS = List.of(
      "9223372036854775808", "-9223372036854775809", "9223372036854775807",
      "-9223372036854775808", "2147483648", "-2147483649", "2147483647", "-2147483648",
      "1e308", "-1e308", "1e309", "-1.7976931348623157e308", "4.9e-324", "1e-400",
      "-0", "-0.0", "0.0", "0e0", "0E-7", "1E+999999999", "1e-999999999", "-1e+2147483647",
      "0.1", "1.5", "-1", "0", "1.0", "100.00",
      "1" + "0".repeat(399), "-" + "9".repeat(400), "9".repeat(100), "9".repeat(101),
      "1." + "0".repeat(99), "123456789012345678", "440705196503120013",
      // not JSON numbers at all
      "NaN", "Infinity", "-Infinity", "+1", "01", "-01", ".5", "1.", "0x10", "1e", "--1");

  private static final List<String> ODD_TEXTS = List.of(
      "", " ", "\t", "\n", "0", "-0", "-0.00", "0.001", "1e5", "1E-2", "99999999999999999999.99",
      "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "1,000.00",
      "１２３", "NaN", "Infinity", "null", "true", "2025-02-29", "2024-02-29", "0000-01-01",
      "9999-12-31", "1850-01-01", "2025-13-01", "2025-1-1", "+2025-01-01", "2025-12-31T00:00",
      "java.lang.Runtime", "\u0000", "a\u0007b", "\u001b[31m", "\u202e", "\u200b", "😀",
      "陈\u0000明", "﻿", "x".repeat(10_000), "长".repeat(51), "1".repeat(101),
      "x".repeat(1_000_001), "440705196503120013", "44070519650312001x", "110105194912310021",
      "440705202612310011", "p1", "v1", "h1", "MEMBER", "STATIC");

  /** Text with escapes a Java string cannot carry through Jackson's writer unchanged. */
  private static final List<String> RAW_ESCAPED_TEXTS = List.of(
      "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\ud83d\"", "\"\\u0000\"", "\"\\/\\b\\f\"",
      "\"\\u00\"", "\"\\x41\"", "\"\\'\"");

  private static final char[] CONTROL_CHARACTERS =
      {0x00, 0x01, 0x07, 0x08, 0x09, 0x0a, 0x0d, 0x1b, 0x1f};

  private static final int[] NESTING = {10, 63, 64, 65, 66, 200, 5_000, 100_000};
  private static final int[] HUGE_SIZES = {1_000, 10_000, 100_000};

  private static final List<String> FIELD_NAMES = List.of(
      "x", "", "@class", "@type", "$ref", "姓名", "a".repeat(1_001), "\u0000", "persons",
      "id", "schemaVersion", "java.util.HashMap", "__proto__");

  private static final List<byte[]> STRAY_BYTES = List.of(
      bytes(0xef, 0xbb, 0xbf), bytes(0x00), bytes(0x80), bytes(0xff), bytes(0xc0, 0x80),
      bytes(0xed, 0xa0, 0x80), bytes('"'), bytes('\\'), bytes('{'), bytes('['), bytes(']'),
      bytes(','), bytes(':'), bytes('\n'), bytes('\r'), bytes(0x1a), bytes('/', '/'));

  private static final List<byte[]> INVALID_UTF8 = List.of(
      bytes(0xc0, 0x80), bytes(0xc1, 0xbf), bytes(0xff), bytes(0xfe), bytes(0x80), bytes(0xbf),
      bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xbf, 0xbf), bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf8, 0x88, 0x80, 0x80, 0x80), bytes(0xe4, 0xb8), bytes(0xf0, 0x9f, 0x98),
      bytes(0xe0, 0x80, 0x80));

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]+");

  private JsonNode root;
  private final Map<String, String> raw = new LinkedHashMap<>();

  private JsonMutator(JsonNode root) {
    this.root = root;
  }

  /**
   * The document {@code json} (UTF-8 JSON) damaged by {@code mutations}.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON
   */
  public static byte[] mutate(byte[] json, List<Mutation> mutations) {
    JsonNode tree;
    try {
      tree = PLAIN.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON document", e);
    }
    JsonMutator m = new JsonMutator(tree.deepCopy());
    for (Mutation mutation : mutations) {
      if (!mutation.fault().onBytes()) {
        m.onTree(mutation);
      }
    }
    byte[] out = m.write();
    for (Mutation mutation : mutations) {
      if (mutation.fault().onBytes()) {
        out = onBytes(out, mutation);
      }
    }
    return out;
  }

  // ---- faults on the tree ----

  private void onTree(Mutation m) {
    int c = m.choice();
    switch (m.fault()) {
      case REMOVE -> remove(pick(m.target(), s -> s.parent != null));
      case DROP_ENTRY -> remove(pick(m.target(), s -> s.parent != null && s.field == null));
      case SWAP_TYPE -> swapType(pick(m.target(), s -> true), c);
      case EXTREME_NUMBER -> rawAt(pick(m.target(), s -> s.value().isNumber()),
          EXTREME_NUMBERS.get(c % EXTREME_NUMBERS.size()));
      case ODD_TEXT -> oddText(pick(m.target(), s -> s.value().isTextual()), c);
      case RAW_CONTROL_CHARACTER -> rawControl(pick(m.target(), s -> s.value().isTextual()), c);
      case DUPLICATE_KEY -> duplicateKey(pick(m.target(), s -> s.value().size() > 0
          && s.value().isObject()), c);
      case DEEP_NESTING -> rawAt(pick(m.target(), s -> true), nested(c));
      case HUGE_ARRAY -> hugeArray(pick(m.target(), s -> s.value().isArray()), c);
      case UNKNOWN_FIELD -> unknownField(pick(m.target(), s -> s.value().isObject()), c);
      case COPY_VALUE -> pick(m.target(), s -> true)
          .set(pick(c, s -> true).value().deepCopy());
      case VALUE_TWEAK -> tweak(pick(m.target(), JsonMutator::tweakable), c);
      default -> throw new IllegalStateException("not a fault on the tree: " + m.fault());
    }
  }

  /** The {@code n}-th place (modulo their number) among those {@code wanted}, else among all. */
  private Slot pick(int n, Predicate<Slot> wanted) {
    List<Slot> all = new ArrayList<>();
    all.add(new Slot(null, null, -1));
    collect(root, all);
    List<Slot> chosen = all.stream().filter(wanted).toList();
    List<Slot> from = chosen.isEmpty() ? all : chosen;
    return from.get(Math.floorMod(n, from.size()));
  }

  private void collect(JsonNode node, List<Slot> out) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        out.add(new Slot(node, name, -1));
        collect(node.get(name), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i));
        collect(node.get(i), out);
      }
    }
  }

  private void remove(Slot s) {
    if (s.parent == null) {
      root = NODES.objectNode();
    } else if (s.field != null) {
      ((ObjectNode) s.parent).remove(s.field);
    } else {
      ((ArrayNode) s.parent).remove(s.index);
    }
  }

  private void swapType(Slot s, int c) {
    JsonNode v = s.value();
    String text = v.isTextual() ? v.textValue() : v.toString();
    List<JsonNode> others = new ArrayList<>(List.of(
        NODES.textNode(text), NODES.textNode("fuzz"), NODES.numberNode(0), NODES.numberNode(-1),
        NODES.numberNode(new BigDecimal("1.5")), NODES.booleanNode(true),
        NODES.booleanNode(false), NODES.nullNode(), NODES.arrayNode(),
        NODES.arrayNode().add(v.deepCopy()), NODES.objectNode(),
        NODES.objectNode().set("value", v.deepCopy())));
    others.removeIf(o -> o.getNodeType() == v.getNodeType());
    s.set(others.get(c % others.size()));
  }

  private void oddText(Slot s, int c) {
    int n = ODD_TEXTS.size() + RAW_ESCAPED_TEXTS.size();
    int i = c % n;
    if (i < ODD_TEXTS.size()) {
      s.set(NODES.textNode(ODD_TEXTS.get(i)));
    } else {
      rawAt(s, RAW_ESCAPED_TEXTS.get(i - ODD_TEXTS.size()));
    }
  }

  private void rawControl(Slot s, int c) {
    String quoted = s.value().isTextual() ? s.value().toString() : "\"x\"";
    char control = CONTROL_CHARACTERS[c % CONTROL_CHARACTERS.length];
    int at = 1 + Math.floorMod(c / CONTROL_CHARACTERS.length, quoted.length() - 1);
    rawAt(s, quoted.substring(0, at) + control + quoted.substring(at));
  }

  private void duplicateKey(Slot s, int c) {
    if (!s.value().isObject() || s.value().size() == 0) {
      unknownField(s, c);
      return;
    }
    ObjectNode object = (ObjectNode) s.value();
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    String name = names.get(c % names.size());
    JsonNode again = (c / names.size()) % 2 == 0 ? object.get(name).deepCopy() : NODES.nullNode();
    addRawNamed(object, name, again);
  }

  private void unknownField(Slot s, int c) {
    if (!s.value().isObject()) {
      rawAt(s, "{" + quote(FIELD_NAMES.get(c % FIELD_NAMES.size())) + ": 1}");
      return;
    }
    List<JsonNode> values = List.of(NODES.numberNode(1), NODES.nullNode(), NODES.objectNode(),
        NODES.textNode("java.lang.Runtime"));
    addRawNamed((ObjectNode) s.value(), FIELD_NAMES.get(c % FIELD_NAMES.size()),
        values.get((c / FIELD_NAMES.size()) % values.size()));
  }

  private static String nested(int c) {
    int depth = NESTING[c % NESTING.length];
    return switch ((c / NESTING.length) % 3) {
      case 0 -> "[".repeat(depth) + "]".repeat(depth);
      case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      default -> "[{\"a\":".repeat(depth) + "null" + "}]".repeat(depth);
    };
  }

  private void hugeArray(Slot s, int c) {
    JsonNode v = s.value();
    String element = switch ((c / HUGE_SIZES.length) % 3) {
      case 0 -> "0";
      case 1 -> "null";
      default -> v.isArray() && v.size() > 0 ? v.get(0).toString() : v.toString();
    };
    int size = Math.max(1, Math.min(HUGE_SIZES[c % HUGE_SIZES.length],
        HUGE_BYTES / (element.length() + 1)));
    StringBuilder b = new StringBuilder(size * (element.length() + 1) + 2).append('[');
    for (int i = 0; i < size; i++) {
      b.append(i == 0 ? "" : ",").append(element);
    }
    rawAt(s, b.append(']').toString());
  }

  /** Numbers, booleans, dates, decimal strings and constants: values a tweak keeps in type. */
  private static boolean tweakable(Slot s) {
    JsonNode v = s.value();
    return v.isNumber() || v.isBoolean() || v.isTextual() && (DATE.matcher(v.textValue())
        .matches() || DECIMAL.matcher(v.textValue()).matches()
        || CONSTANT.matcher(v.textValue()).matches());
  }

  private void tweak(Slot s, int c) {
    JsonNode v = s.value();
    if (v.isIntegralNumber()) {
      BigInteger n = v.bigIntegerValue();
      List<BigInteger> options = List.of(n.add(BigInteger.ONE), n.subtract(BigInteger.ONE),
          BigInteger.ZERO, n.negate(), BigInteger.valueOf(-1), n.multiply(BigInteger.valueOf(1000)),
          n.shiftRight(1), BigInteger.valueOf(Integer.MAX_VALUE),
          BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
      s.set(NODES.numberNode(options.get(c % options.size())));
    } else if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      List<BigDecimal> options = List.of(BigDecimal.ZERO, d.negate(), d.scaleByPowerOfTen(3));
      s.set(NODES.numberNode(options.get(c % options.size())));
    } else if (v.isBoolean()) {
      s.set(NODES.booleanNode(!v.booleanValue()));
    } else if (v.isTextual()) {
      s.set(NODES.textNode(tweakText(v.textValue(), c)));
    } else if (v.isContainerNode() && v.size() > 0) {
      // an optional field or an entry of a list left out
      int i = c % v.size();
      if (v.isArray()) {
        ((ArrayNode) v).remove(i);
      } else {
        List<String> names = new ArrayList<>();
        v.fieldNames().forEachRemaining(names::add);
        ((ObjectNode) v).remove(names.get(i));
      }
    } else {
      s.set(NODES.nullNode());
    }
  }

  private String tweakText(String text, int c) {
    if (DATE.matcher(text).matches()) {
      try {
        LocalDate d = LocalDate.parse(text);
        List<LocalDate> options = List.of(d.plusDays(1), d.minusDays(1), d.plusYears(1),
            d.minusYears(100), LocalDate.of(2100, 12, 31), LocalDate.of(1850, 1, 1),
            LocalDate.of(1900, 2, 28), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1));
        return options.get(c % options.size()).toString();
      } catch (DateTimeException e) {
        return text;
      }
    }
    if (DECIMAL.matcher(text).matches()) {
      List<String> options = List.of("0", "0.00", text.startsWith("-") ? text.substring(1)
          : "-" + text, text.contains(".") ? text + "5" : text + ".5", "1", "0.5", "1.0001",
          "0.01", "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08",
          "99999999999999999999999999", new BigDecimal(text).scaleByPowerOfTen(6).toPlainString());
      return options.get(c % options.size());
    }
    if (CONSTANT.matcher(text).matches()) {
      List<String> constants = new ArrayList<>();
      texts(root, t -> CONSTANT.matcher(t).matches() && !t.equals(text), constants);
      return constants.isEmpty() ? text + "X" : constants.get(c % constants.size());
    }
    if (text.isEmpty()) {
      return "x";
    }
    List<String> options = List.of(text + "x", text.substring(0, text.offsetByCodePoints(
        text.length(), -1)), text.substring(0, text.offsetByCodePoints(0, 1)), text + text);
    return options.get(c % options.size());
  }

  private static void texts(JsonNode node, Predicate<String> wanted, List<String> out) {
    if (node.isTextual() && wanted.test(node.textValue())) {
      out.add(node.textValue());
    }
    node.forEach(child -> texts(child, wanted, out));
  }

  /** Puts raw JSON text at {@code s}: a placeholder now, the text once the tree is written. */
  private void rawAt(Slot s, String text) {
    String marker = "\uE000" + raw.size() + "\uE000";
    raw.put(quote(marker), text);
    s.set(NODES.textNode(marker));
  }

  /** Adds {@code value} under {@code name} even when the object already has that name. */
  private void addRawNamed(ObjectNode object, String name, JsonNode value) {
    String marker = "\uE001" + raw.size() + "\uE001";
    raw.put(quote(marker), quote(name));
    object.set(marker, value);
  }

  private static String quote(String text) {
    return TextNode.valueOf(text).toString();
  }

  private byte[] write() {
    String json = root.toString();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      json = json.replace(e.getKey(), e.getValue());
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  // ---- faults on the bytes ----

  private static byte[] onBytes(byte[] b, Mutation m) {
    if (b.length == 0) {
      return b;
    }
    int c = m.choice();
    return switch (m.fault()) {
      case TRUNCATE -> Arrays.copyOf(b, Math.floorMod(m.target(), b.length));
      case BYTE_FLIP -> {
        byte[] out = b.clone();
        int flips = 1 + c % 3;
        for (int i = 0; i < flips; i++) {
          int at = Math.floorMod(m.target() + i * 7919, out.length);
          out[at] ^= (byte) (1 + Math.floorMod(c + i * 31, 255));
        }
        yield out;
      }
      case INSERT_BYTES -> insert(b, Math.floorMod(m.target(), b.length + 1),
          STRAY_BYTES.get(c % STRAY_BYTES.size()));
      case INVALID_UTF8 -> {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
          if (b[i] == '"') {
            quotes.add(i + 1);
          }
        }
        int at = quotes.isEmpty() ? Math.floorMod(m.target(), b.length + 1)
            : quotes.get(Math.floorMod(m.target(), quotes.size()));
        yield insert(b, at, INVALID_UTF8.get(c % INVALID_UTF8.size()));
      }
      default -> throw new IllegalStateException("not a fault on bytes: " + m.fault());
    };
  }

  private static byte[] insert(byte[] b, int at, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + bytes.length);
    out.write(b, 0, at);
    out.write(bytes, 0, bytes.length);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** A place in the tree: the root ({@code parent} null), a field or an array element. */
  private final class Slot {
    final JsonNode parent;
    final String field;
    final int index;

    Slot(JsonNode parent, String field, int index) {
      this.parent = parent;
      this.field = field;
      this.index = index;
    }

    JsonNode value() {
      if (parent == null) {
        return root;
      }
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (parent == null) {
        root = value;
      } else if (field != null) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }
}
