package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.dossier.Dossier;

/**
 * The converter of every type the mapping covers: JSON scalars, dates, reform-api strings and
 * enums, lists, sets and maps, and records.
 */
final class Converters {

  /** Any string; the record that holds it says what it may be. */
  static final Converter<String> TEXT = text("a string", false, (text, path, reading) -> text);

  /** A JSON integer that fits in an {@code int}. */
  static final Converter<Integer> INT = whole("a whole number (a JSON integer)",
      JsonNode::canConvertToInt, JsonNode::intValue, EnumSet.of(NumberType.INT),
      JsonParser::getIntValue);

  /** A JSON integer that fits in a {@code long}. */
  static final Converter<Long> LONG = whole("a whole number (a JSON integer)",
      JsonNode::canConvertToLong, JsonNode::longValue, EnumSet.of(NumberType.INT, NumberType.LONG),
      JsonParser::getLongValue);

  /** {@code true} or {@code false}. */
  static final Converter<Boolean> BOOLEAN = new Converter<>() {
    @Override
    public Boolean convert(JsonNode node, JsonPath path, Reading reading) {
      if (!node.isBoolean()) {
        wrongType(node, path, reading, "true or false", accepted(), false);
        return null;
      }
      return node.booleanValue();
    }

    @Override
    public Boolean read(JsonParser p, JsonPath path, Reading reading) throws IOException {
      JsonToken t = p.currentToken();
      return t == JsonToken.VALUE_TRUE ? Boolean.TRUE
          : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : convert(tree(p), path, reading);
    }

    @Override
    public String accepted() {
      return "true or false";
    }
  };

  private static final String DATE_ACCEPTED = "a date string yyyy-MM-dd, such as \"2025-12-31\"";

  /** An ISO date {@code "2025-12-31"}. */
  static final Converter<LocalDate> DATE = text(DATE_ACCEPTED, false, (text, path, reading) -> {
    // by hand rather than by a pattern and a formatter: a city's dossiers hold millions of dates
    if (!isDateForm(text)) {
      reading.add(path, text, "is not a date in the form yyyy-MM-dd", DATE_ACCEPTED);
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      reading.add(path, text, "is not a real date", DATE_ACCEPTED);
      return null;
    }
  });

  private static final Converters INSTANCE = new Converters();

  private final Map<Class<?>, Converter<?>> byClass = new HashMap<>();

  private Converters() {
    byClass.put(String.class, TEXT);
    byClass.put(int.class, INT);
    byClass.put(Integer.class, INT);
    byClass.put(long.class, LONG);
    byClass.put(Long.class, LONG);
    byClass.put(boolean.class, BOOLEAN);
    byClass.put(Boolean.class, BOOLEAN);
    byClass.put(LocalDate.class, DATE);
    ApiTypes.TEXT_SCALARS.forEach(s -> byClass.put(s.type(), scalar(s)));
    ApiTypes.ENUMS.forEach(e -> byClass.put(e, enumeration(e)));
    List<RecordConverter<?>> records = new ArrayList<>();
    for (Class<? extends Record> type : ApiTypes.RECORDS) {
      RecordConverter<?> converter = new RecordConverter<>(type, this::resolve);
      records.add(converter);
      byClass.put(type, converter);
    }
    @SuppressWarnings("unchecked")
    RecordConverter<Dossier> dossier = (RecordConverter<Dossier>) byClass.get(Dossier.class);
    byClass.put(Dossier.class, new DossierConverter(dossier));
    records.forEach(RecordConverter::verify);
  }

  /**
   * The converter of {@code type}.
   *
   * @throws IllegalArgumentException if the mapping does not cover {@code type}
   */
  @SuppressWarnings("unchecked")
  static <T> Converter<T> of(Class<T> type) {
    return (Converter<T>) INSTANCE.find(type);
  }

  /**
   * The converter of a generic type such as {@code ImmutableList<String>}.
   *
   * @throws IllegalArgumentException if the mapping does not cover {@code type}
   */
  static Converter<?> forType(Type type) {
    return INSTANCE.resolve(type);
  }

  private Converter<?> find(Class<?> type) {
    Converter<?> converter = byClass.get(type);
    if (converter == null) {
      throw new IllegalArgumentException("the JSON mapping does not cover " + type.getName());
    }
    return converter;
  }

  /** The converter of a record component's type; classes are looked up when first used. */
  private Converter<?> resolve(Type type) {
    if (type instanceof Class<?> c) {
      return lazy(c);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (raw == ImmutableList.class) {
        return array(resolve(args[0]), false, ImmutableList::copyOf, ImmutableList.of());
      }
      if (raw == ImmutableSet.class) {
        return array(resolve(args[0]), true, ImmutableSet::copyOf, ImmutableSet.of());
      }
      if (raw == ImmutableSortedSet.class) {
        return array(resolve(args[0]), true, Converters::sortedSet, ImmutableSortedSet.of());
      }
      if (raw == ImmutableMap.class && args[0] == String.class) {
        return object(resolve(args[1]), ImmutableMap::copyOf, ImmutableMap.of());
      }
      if (raw == ImmutableSortedMap.class && args[0] == String.class) {
        return object(resolve(args[1]), ImmutableSortedMap::copyOf, ImmutableSortedMap.of());
      }
    }
    throw new IllegalArgumentException("the JSON mapping does not cover " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableSortedSet<?> sortedSet(Collection<?> items) {
    return ImmutableSortedSet.copyOf((Collection) items);
  }

  /** Looks the converter up on each use, so that records may refer to each other. */
  private <T> Converter<T> lazy(Class<T> type) {
    return new Converter<>() {
      @Override
      public T convert(JsonNode node, JsonPath path, Reading reading) {
        return target().convert(node, path, reading);
      }

      @Override
      public T read(JsonParser p, JsonPath path, Reading reading) throws IOException {
        return target().read(p, path, reading);
      }

      @Override
      public String accepted() {
        return target().accepted();
      }

      @Override
      public T whenAbsent() {
        return target().whenAbsent();
      }

      // found on first use and kept: every converter is made by then (a race finds the same)
      private Converter<T> target;

      @SuppressWarnings("unchecked")
      private Converter<T> target() {
        Converter<T> found = target;
        if (found == null) {
          found = (Converter<T>) find(type);
          target = found;
        }
        return found;
      }
    };
  }

  /** Whether {@code text} is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
  private static boolean isDateForm(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits of {@code text} from {@code from} to {@code to} write. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  /** The tree of the value at the parser's current token. */
  static JsonNode tree(JsonParser p) throws IOException {
    return ReformJson.readValueTree(p);
  }

  /** What the node is, for messages: {@code "a string"}, {@code "an array"}, … */
  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Records that {@code node} is not the kind of JSON value expected, showing the value only
   * when it is a scalar and not {@code personal}. Objects and arrays pass {@code personal}: text
   * standing where a record or a list belongs may be a whole record written out, names and all.
   */
  static void wrongType(JsonNode node, JsonPath path, Reading reading, String expected,
      String accepted, boolean personal) {
    String shown = personal || !node.isValueNode() || node.isNull() ? "" : node.asText();
    reading.add(path, shown, "is " + kind(node) + ", not " + expected, accepted);
  }

  /** Reads a value from the text of a JSON string, recording at the path why it cannot. */
  @FunctionalInterface
  interface TextReader<T> {
    T read(String text, JsonPath path, Reading reading);
  }

  static <T> Converter<T> text(String accepted, boolean personal, TextReader<T> reader) {
    return new Converter<>() {
      @Override
      public T convert(JsonNode node, JsonPath path, Reading reading) {
        if (!node.isTextual()) {
          wrongType(node, path, reading, "a string", accepted, personal);
          return null;
        }
        return reader.read(node.textValue(), path, reading);
      }

      @Override
      public T read(JsonParser p, JsonPath path, Reading reading) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING
            ? reader.read(p.getText(), path, reading) : convert(tree(p), path, reading);
      }

      @Override
      public String accepted() {
        return accepted;
      }
    };
  }

  private static <T> Converter<T> scalar(ApiTypes.TextScalar<T> scalar) {
    return text(scalar.accepted(), scalar.personal(), (text, path, reading) ->
        reading.parse(path, () -> scalar.parse().apply(text, reading.asOf())));
  }

  private static <E extends Enum<?>> Converter<E> enumeration(Class<E> type) {
    Map<String, E> byName = Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toMap(Enum::name, e -> e));
    String accepted = "one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", "));
    return text(accepted, false, (text, path, reading) -> {
      E constant = byName.get(text);
      if (constant == null) {
        reading.add(path, text, "is not a " + type.getSimpleName(), accepted);
      }
      return constant;
    });
  }

  /** Reads a number from a parser at a number token. */
  @FunctionalInterface
  private interface NumberReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> Converter<T> whole(String accepted, Predicate<JsonNode> fits,
      Function<JsonNode, T> value, Set<NumberType> types, NumberReader<T> number) {
    return new Converter<>() {
      @Override
      public T read(JsonParser p, JsonPath path, Reading reading) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NUMBER_INT && types.contains(p.getNumberType())
            ? number.read(p) : convert(tree(p), path, reading);
      }

      @Override
      public T convert(JsonNode node, JsonPath path, Reading reading) {
        if (!node.isIntegralNumber()) {
          wrongType(node, path, reading, "a whole number", accepted, false);
          return null;
        }
        if (!fits.test(node)) {
          reading.add(path, node.asText(), "is too large", accepted);
          return null;
        }
        return value.apply(node);
      }

      @Override
      public String accepted() {
        return accepted;
      }
    };
  }

  private static <T, C> Converter<C> array(
      Converter<T> element, boolean distinct, Function<List<T>, C> collect, C empty) {
    return new Converter<>() {
      @Override
      public C convert(JsonNode node, JsonPath path, Reading reading) {
        if (!node.isArray()) {
          wrongType(node, path, reading, "an array", accepted(), true);
          return null;
        }
        int mark = reading.mark();
        int n = node.size();
        List<T> items = new ArrayList<>(n);
        Set<T> seen = distinct ? Sets.newHashSetWithExpectedSize(n) : null;
        for (int i = 0; i < n; i++) {
          JsonNode item = node.get(i);
          JsonPath at = path.index(i);
          if (item.isNull()) {
            reading.add(at, "", "is null", element.accepted());
            continue;
          }
          T value = element.convert(item, at, reading);
          if (value != null && distinct && !seen.add(value)) {
            reading.add(at, item.asText(), "is listed twice", "distinct elements");
          }
          items.add(value);
        }
        return reading.failedSince(mark) ? null : collect.apply(items);
      }

      @Override
      public C read(JsonParser p, JsonPath path, Reading reading) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY || distinct) {
          // sets are small: their duplicates are found on the tree
          return convert(tree(p), path, reading);
        }
        int mark = reading.mark();
        List<T> items = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          JsonPath at = path.index(i);
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            reading.add(at, "", "is null", element.accepted());
            continue;
          }
          items.add(element.read(p, at, reading));
        }
        return reading.failedSince(mark) ? null : collect.apply(items);
      }

      @Override
      public String accepted() {
        return "an array of " + element.accepted();
      }

      @Override
      public C whenAbsent() {
        return empty;
      }
    };
  }

  private static <V, M> Converter<M> object(
      Converter<V> value, Function<Map<String, V>, M> collect, M empty) {
    return new Converter<>() {
      @Override
      public M convert(JsonNode node, JsonPath path, Reading reading) {
        if (!node.isObject()) {
          wrongType(node, path, reading, "an object", accepted(), true);
          return null;
        }
        int mark = reading.mark();
        Map<String, V> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          JsonPath at = path.field(e.getKey());
          if (e.getValue().isNull()) {
            reading.add(at, "", "is null", value.accepted());
            continue;
          }
          entries.put(e.getKey(), value.convert(e.getValue(), at, reading));
        }
        return reading.failedSince(mark) ? null : collect.apply(entries);
      }

      @Override
      public String accepted() {
        return "an object whose values are each " + value.accepted();
      }

      @Override
      public M whenAbsent() {
        return empty;
      }
    };
  }
}
