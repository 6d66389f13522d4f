package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;

/**
 * The library's own JSON configuration: a strict Jackson mapper with the
 * {@link ReformJsonModule}, and reading that turns every failure into an
 * {@link InvalidInputException} whose violations name a path such as
 * {@code $.persons[17].residentId}.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>No default typing: a document never chooses which class is instantiated.
 *   <li>Unknown properties and duplicate keys are refused.
 *   <li>No coercion: a decimal is not truncated into a whole number, a number is not taken as
 *       a string or the reverse, an empty string is not null, a single value is not an array.
 *   <li>Decimals are read exactly, as {@link java.math.BigDecimal}.
 *   <li>Limits, checked while parsing so an oversized input fails fast: nesting at most
 *       {@value #MAX_NESTING_DEPTH} deep, strings of at most {@value #MAX_STRING_LENGTH}
 *       characters, property names of at most {@value #MAX_NAME_LENGTH}, numbers of at most
 *       {@value #MAX_NUMBER_LENGTH} digits, documents of at most {@value #MAX_DOCUMENT_LENGTH}
 *       bytes.
 * </ul>
 *
 * <p>The mapper itself stays private: callers get the immutable {@link #reader()} and
 * {@link #writer()}, or a {@linkplain #newMapper() copy} they may change. Thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class ReformJson {

  /** How deep arrays and objects may nest; a dossier needs fewer than ten levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The most digits a number may have. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The largest document, in bytes (256 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  static final String LIMITS = "nesting at most " + MAX_NESTING_DEPTH + " deep, strings of at most "
      + MAX_STRING_LENGTH + " characters, names of at most " + MAX_NAME_LENGTH
      + " characters, numbers of at most " + MAX_NUMBER_LENGTH + " digits, documents of at most "
      + MAX_DOCUMENT_LENGTH + " bytes";

  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectReader READER = MAPPER.reader();
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  // what parse() reads with: it checks for trailing content itself and leaves a caller's
  // stream open
  private static final ObjectReader PARSING = READER
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .without(StreamReadFeature.AUTO_CLOSE_SOURCE);

  private ReformJson() {}

  /** A new mapper configured as the library's own; changing it changes nothing else. */
  public static ObjectMapper newMapper() {
    return MAPPER.copy();
  }

  /** The library's reader. Its failures are Jackson's; {@link #invalidInput} translates them. */
  public static ObjectReader reader() {
    return READER;
  }

  /** The library's compact writer. */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * The library's pretty writer: two-space indents, {@code "name": value}, {@code \n} line ends
   * whatever the platform, so the same value always gives the same bytes.
   */
  public static ObjectWriter prettyWriter() {
    return PRETTY;
  }

  /** Parses {@code json} into a tree, within the limits; never throws for bad input. */
  public static ReadResult<JsonNode> readTree(byte[] json) {
    return unchecked(() -> parse(treeParser(PARSING.createParser(json)), PARSING::readTree));
  }

  /** Parses {@code json} into a tree, within the limits; never throws for bad input. */
  public static ReadResult<JsonNode> readTree(String json) {
    return unchecked(() -> parse(treeParser(PARSING.createParser(json)), PARSING::readTree));
  }

  /**
   * Parses a stream into a tree, within the limits, reading no further than a failure; the
   * stream is not closed.
   *
   * @throws IOException if reading the stream fails (not for bad JSON)
   */
  public static ReadResult<JsonNode> readTree(InputStream json) throws IOException {
    return parse(treeParser(PARSING.createParser(json)), PARSING::readTree);
  }

  /**
   * Reads one document with {@code converter} straight from the parser, as {@link
   * Converter#read} does, with the outcome {@link #readTree} and {@link Converter#convert} give:
   * a failure of the JSON itself (malformed, over a limit, a duplicate key, content after the
   * value) is the only violation, whatever the conversion found before it.
   */
  static <T> ReadResult<T> stream(byte[] json, Converter<T> converter) {
    return unchecked(() -> stream(treeParser(PARSING.createParser(json)), converter));
  }

  /** As {@link #stream(byte[], Converter)}. */
  static <T> ReadResult<T> stream(String json, Converter<T> converter) {
    return unchecked(() -> stream(treeParser(PARSING.createParser(json)), converter));
  }

  /**
   * As {@link #stream(byte[], Converter)}, reading no further than a failure; the stream is
   * not closed.
   *
   * @throws IOException if reading the stream fails (not for bad JSON)
   */
  static <T> ReadResult<T> stream(InputStream json, Converter<T> converter) throws IOException {
    return stream(treeParser(PARSING.createParser(json)), converter);
  }

  /**
   * {@code p} without the parser's own duplicate-key check, which costs about a tenth of a
   * parse: a tree refuses duplicate keys as it is built ({@code FAIL_ON_READING_DUP_TREE_KEY})
   * and a record read from a parser as it is read, so the parser need not track every object's
   * names as well. It must be turned off on the parser itself: the reader's setting leaves in place the
   * detector the parser made when it was created.
   */
  private static JsonParser treeParser(JsonParser p) {
    return p.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
  }

  /** The tree of the value at the parser's current token, within the limits. */
  static JsonNode readValueTree(JsonParser p) throws IOException {
    return PARSING.readTree(p);
  }

  private static <T> ReadResult<T> stream(JsonParser p, Converter<T> converter)
      throws IOException {
    ReadResult<ReadResult<T>> parsed = parse(p, parser -> {
      Reading reading = new Reading();
      T value = converter.read(parser, JsonPath.root(), reading);
      return value == null ? ReadResult.invalid(reading.violations()) : ReadResult.valid(value);
    });
    return parsed.value().orElseGet(() -> ReadResult.invalid(parsed.violations()));
  }

  /**
   * Reads a value of {@code type}.
   *
   * @throws InvalidInputException with every violation found if {@code json} is not a valid
   *     {@code type}
   */
  public static <T> T read(byte[] json, Class<T> type) {
    return read(PARSING.forType(type), reader -> reader.createParser(json));
  }

  /**
   * Reads a value of {@code type}.
   *
   * @throws InvalidInputException with every violation found if {@code json} is not a valid
   *     {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    return read(PARSING.forType(type), reader -> reader.createParser(json));
  }

  /**
   * Reads a value of a generic type such as {@code Explained<Money>}.
   *
   * @throws InvalidInputException with every violation found if {@code json} is not a valid
   *     value of the type
   */
  public static <T> T read(String json, TypeReference<T> type) {
    JavaType javaType = READER.getTypeFactory().constructType(type);
    return read(PARSING.forType(javaType), reader -> reader.createParser(json));
  }

  /** {@code value} as compact JSON. */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName(), e);
    }
  }

  /**
   * The violations a Jackson failure stands for, as one exception; for callers who use
   * {@link #reader()} themselves. Syntax errors are placed at {@code $} (the reader's parser
   * is not at hand); failures while mapping name their path.
   */
  public static InvalidInputException invalidInput(JsonProcessingException e) {
    return JsonFailures.exception(e, null);
  }

  private static <T> T read(ObjectReader reader, Opener opener) {
    return unchecked(() -> parse(opener.open(reader), reader::<T>readValue)).orElseThrow();
  }

  /** Reads one value from {@code p}, which must hold that value and nothing after it. */
  private static <T> ReadResult<T> parse(JsonParser p, Bind<T> bind) throws IOException {
    try (p) {
      try {
        if (p.nextToken() == null) {
          return ReadResult.invalid(List.of(
              Violation.of(Paths.ROOT, "", "is empty", "a JSON document")));
        }
        T value = bind.read(p);
        if (value == null) {
          return ReadResult.invalid(List.of(
              Violation.of(Paths.ROOT, "", "is null", "a JSON value other than null")));
        }
        if (p.nextToken() != null) {
          return ReadResult.invalid(List.of(Violation.of(Paths.ROOT, "",
              "has more content after the JSON value (line " + p.currentLocation().getLineNr()
                  + ", column " + p.currentLocation().getColumnNr() + ")",
              "one JSON value")));
        }
        return ReadResult.valid(value);
      } catch (JsonProcessingException e) {
        return ReadResult.invalid(JsonFailures.violations(e, p));
      }
    }
  }

  /** Opens a parser over the caller's input. */
  @FunctionalInterface
  private interface Opener {
    JsonParser open(ObjectReader reader) throws IOException;
  }

  /** Binds the value at a parser's current token. */
  @FunctionalInterface
  private interface Bind<T> {
    T read(JsonParser p) throws IOException;
  }

  /** Something that reads from memory, so it can fail only on the JSON. */
  @FunctionalInterface
  private interface InMemory<T> {
    T run() throws IOException;
  }

  private static <T> T unchecked(InMemory<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  private static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new ReformJsonModule())
        .deactivateDefaultTyping()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
            DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .withCoercionConfigDefaults(refusing(CoercionInputShape.EmptyString,
            CoercionInputShape.EmptyArray, CoercionInputShape.EmptyObject)
            .andThen(c -> c.setAcceptBlankAsEmpty(false)))
        .withCoercionConfig(LogicalType.Integer, refusing(CoercionInputShape.Float,
            CoercionInputShape.String, CoercionInputShape.Boolean))
        .withCoercionConfig(LogicalType.Float,
            refusing(CoercionInputShape.String, CoercionInputShape.Boolean))
        .withCoercionConfig(LogicalType.Boolean,
            refusing(CoercionInputShape.String, CoercionInputShape.Integer))
        .withCoercionConfig(LogicalType.Textual, refusing(CoercionInputShape.Integer,
            CoercionInputShape.Float, CoercionInputShape.Boolean))
        .withCoercionConfig(LogicalType.Enum, refusing(CoercionInputShape.Integer))
        .build();
  }

  /** A coercion configuration that fails on each of {@code shapes}. */
  private static Consumer<MutableCoercionConfig> refusing(CoercionInputShape... shapes) {
    return config -> {
      for (CoercionInputShape shape : shapes) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    };
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = new Separators(" ", ':', Separators.Spacing.AFTER,
        ',', Separators.Spacing.NONE, "", ',', Separators.Spacing.NONE, "");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
