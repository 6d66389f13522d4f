package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.cungaiju.reform.core.json.Fixtures.at;
import static org.cungaiju.reform.core.json.Fixtures.validWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.deser.BasicDeserializerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON: no document chooses a Java class to instantiate, and the reader's limits on
 * nesting, string, number and document length hold, as do the limits of the decimal strings
 * that money, weights and rates are written as.
 */
class JsonSafetyTest {
  private static final String CANARY = "org.cungaiju.reform.core.json.Canary";

  @AfterEach
  void theCanaryClassWasNeverLoaded() {
    assertThat(System.getProperty("reform.test.canary")).as("the canary class's state")
        .isNull();
  }

  // ---- polymorphic typing ----

  static Stream<Arguments> valuesNamingAClass() {
    return Stream.of(
        arguments("a [class, value] pair", "[\"" + CANARY + "\", {}]"),
        arguments("a [class, value] pair of a JDK class", "[\"java.util.HashMap\", {}]"),
        arguments("an @class property", "{\"@class\": \"" + CANARY + "\"}"),
        arguments("an @type property", "{\"@type\": \"" + CANARY + "\"}"),
        arguments("an object wrapped in its class name", "{\"" + CANARY + "\": {}}"));
  }

  /** Where a value stands in a dossier: the parent (a JSON pointer), the field, its path. */
  private static final List<String[]> PLACES = List.of(
      new String[] {"", "community", "$.community"},
      new String[] {"/organizations/0", "charter", "$.organizations[0].charter"},
      new String[] {"/persons/0", "name", "$.persons[0].name"},
      new String[] {"/persons/0", "events", "$.persons[0].events"},
      new String[] {"/persons/0/events/0", "type", "$.persons[0].events[0].type"},
      new String[] {"/finances/0", "distributableIncome", "$.finances[0].distributableIncome"},
      new String[] {"", "@class", "$['@class']"});

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesNamingAClass")
  void aValueNamingAJavaClassIsRefusedWhereverItStands(String what, String payload) {
    JsonNode value = ReformJson.readTree(payload).orElseThrow();
    for (String[] place : PLACES) {
      String json = validWith(d -> at(d, place[0]).set(place[1], value.deepCopy()));

      List<Violation> violations = DossierReader.validate(json).violations();

      assertThat(violations).as("%s at %s", what, place[2]).isNotEmpty()
          .allSatisfy(v -> assertThat(v.path()).startsWith(place[2]));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesNamingAClass")
  void untypedValuesStayPlainMapsListsAndStrings(String what, String payload)
      throws IOException {
    Object read = ReformJson.read(payload, Object.class);
    Object copy = ReformJson.newMapper().readValue(payload, Object.class);

    assertThat(read).isEqualTo(copy).isInstanceOfAny(List.class, Map.class);
    assertThat(ReformJson.write(read)).as("what was read, written back")
        .isEqualTo(ReformJson.write(ReformJson.readTree(payload).orElseThrow()));
  }

  @Test
  void anExplainedValueIsReadAsItsDeclaredTypeOnly() {
    String json = "{\"value\": [\"" + CANARY + "\", {}], \"explanation\": {}}";

    InvalidInputException e = catchThrowableOfType(
        InvalidInputException.class,
        () -> ReformJson.read(json, new TypeReference<Explained<Money>>() {}));

    assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("$.value"));
  }

  @Test
  void noTypeTheLibraryReadsIsPolymorphic() throws IOException {
    ObjectMapper mapper = ReformJson.newMapper();
    List<Class<?>> types = new ArrayList<>(ApiTypes.RECORDS);
    types.addAll(ApiTypes.ENUMS);
    ApiTypes.TEXT_SCALARS.forEach(s -> types.add(s.type()));
    types.addAll(List.of(Explained.class, Object.class, Map.class, List.class));
    BasicDeserializerFactory factory =
        (BasicDeserializerFactory) mapper.getDeserializationContext().getFactory();

    for (Class<?> type : types) {
      JavaType t = mapper.constructType(type);
      assertThat(mapper.getDeserializationConfig().getDefaultTyper(t)).as("%s", type).isNull();
      assertThat(factory.findTypeDeserializer(mapper.getDeserializationConfig(), t))
          .as("the type id reader of %s", type.getName()).isNull();
    }
  }

  // ---- limits ----

  @Test
  void nestingStopsAtTheDocumentedDepth() {
    int max = ReformJson.MAX_NESTING_DEPTH;
    String deepest = "{\"a\":".repeat(max - 1) + "[]" + "}".repeat(max - 1);
    String deeper = "{\"a\":".repeat(max) + "[]" + "}".repeat(max);

    assertThat(ReformJson.readTree(deepest).violations()).isEmpty();
    assertThat(ReformJson.readTree(deeper).violations()).singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("exceeds a limit of the reader")
            .contains("nesting depth"));
  }

  @Test
  void stringsStopAtTheDocumentedLength() {
    int max = ReformJson.MAX_STRING_LENGTH;

    assertThat(ReformJson.readTree("\"" + "字".repeat(max) + "\"").violations()).isEmpty();
    assertThat(ReformJson.readTree("[\"" + "a".repeat(max + 1) + "\"]").violations())
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$[0]");
          assertThat(v.problem()).contains("String value length");
        });
  }

  @Test
  void numbersStopAtTheDocumentedLength() {
    int max = ReformJson.MAX_NUMBER_LENGTH;

    assertThat(ReformJson.readTree("[" + "9".repeat(max) + "]").violations()).isEmpty();
    assertThat(ReformJson.readTree("[" + "9".repeat(max + 1) + "]").violations())
        .singleElement().satisfies(v -> assertThat(v.problem())
            .contains("exceeds a limit of the reader").contains("Number value length"));
  }

  @Test
  void aHugeExponentIsNeverTakenAsAWholeNumber() {
    String json = validWith(d -> at(d, "/community").set("households",
        ReformJson.readTree("1e999999999").orElseThrow()));

    assertThat(DossierReader.validate(json).violations()).singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("$.community.households"));
  }

  @Test
  void aMillionDigitAmountIsRefusedWithoutParsingIt() {
    String digits = "9".repeat(ReformJson.MAX_STRING_LENGTH - 2);
    String json = validWith(d -> {
      at(d, "/finances/0").put("distributableIncome", digits);
      at(d, "/organizations/0/charter").put("reserveFundRate", "0." + digits);
    });

    assertThat(DossierReader.validate(json).violations())
        .extracting(Violation::path, Violation::problem)
        .contains(
            tuple("$.finances[0].distributableIncome",
                "is longer than 100 characters"),
            tuple("$.organizations[0].charter.reserveFundRate",
                "is longer than 100 characters"));
  }

  @Test
  void aStreamLongerThanTheDocumentLimitIsRefusedHavingReadLittleMore() throws IOException {
    long limit = ReformJson.MAX_DOCUMENT_LENGTH;
    CountingStream spaces = new CountingStream(' ', 2 * limit);
    InputStream json = new SequenceInputStream(new SequenceInputStream(
        new ByteArrayInputStream(new byte[] {'['}), spaces),
        new ByteArrayInputStream(new byte[] {']'}));

    List<Violation> violations = ReformJson.readTree(json).violations();

    assertThat(violations).singleElement().satisfies(v -> assertThat(v.problem())
        .contains("exceeds a limit of the reader").contains("Document length"));
    assertThat(spaces.served).as("bytes read past the limit").isLessThan(limit + 1024 * 1024);
  }

  @Test
  void manyKeysAreAllCountedAndADuplicateAmongThemIsFound() {
    int n = 100_000;
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      b.append("\"k").append(i).append("\": 0, ");
    }
    String unknownKeys = b + "\"schemaVersion\": 1}";
    String duplicate = b + "\"k0\": 1}";

    InvalidInputException e = catchThrowableOfType(
        InvalidInputException.class, () -> DossierReader.read(unknownKeys));
    List<Violation> duplicated = ReformJson.readTree(duplicate).violations();

    long listed = e.violations().stream()
        .filter(v -> v.problem().startsWith("is not a field of")).count();
    assertThat(e.violations()).hasSize(Reading.MAX_LISTED + 1);
    assertThat(listed + notListed(e.violations())).as("unknown keys listed and counted")
        .isEqualTo(n);
    assertThat(e.getMessage().length()).as("the message's length").isLessThan(20_000);
    assertThat(duplicated).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.k0");
      assertThat(v.problem()).contains("is given twice");
    });
  }

  @Test
  void listsAThousandViolationsThenSaysHowManyMore() {
    // found by fuzzing: a huge array of nulls gave a violation per element, some hundred bytes
    // of violations per byte of document, enough to exhaust memory within the document limit
    int n = 200_000;
    String nulls = validWith(d -> {
      ArrayNode persons = d.putArray("persons");
      for (int i = 0; i < n; i++) {
        persons.addNull();
      }
    });

    List<Violation> violations = DossierReader.validate(nulls).violations();

    assertThat(violations).hasSize(Reading.MAX_LISTED + 1);
    for (int i = 0; i < Reading.MAX_LISTED; i++) {
      assertThat(violations.get(i).path()).isEqualTo("$.persons[" + i + "]");
      assertThat(violations.get(i).problem()).isEqualTo("is null");
    }
    assertThat(violations.get(Reading.MAX_LISTED).path()).isEqualTo("$");
    assertThat(notListed(violations)).isEqualTo(n - Reading.MAX_LISTED);
  }

  @Test
  void countsEveryViolationWhenFieldsComeOutOfOrderPastTheListedThousand() {
    // households before persons in the document, persons first in the violations: the reader
    // sets the households' problems aside while it reads persons, then puts them back
    int n = 1_500;
    String json = validWith(d -> {
      d.remove("persons");
      ArrayNode households = d.putArray("households");
      for (int i = 0; i < 5; i++) {
        households.addNull();
      }
      ArrayNode persons = d.putArray("persons");
      for (int i = 0; i < n; i++) {
        persons.addNull();
      }
    });

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).hasSize(Reading.MAX_LISTED + 1);
    for (int i = 0; i < Reading.MAX_LISTED; i++) {
      assertThat(violations.get(i).path()).isEqualTo("$.persons[" + i + "]");
    }
    assertThat(notListed(violations)).as("persons' and households' nulls not listed")
        .isEqualTo(n + 5 - Reading.MAX_LISTED);
  }

  /** How many more problems the last violation says were not listed. */
  private static long notListed(List<Violation> violations) {
    Violation last = violations.get(violations.size() - 1);
    Matcher m = Pattern.compile("has (\\d+) more problems, not listed").matcher(last.problem());
    assertThat(m.matches()).as("the last violation, %s", last).isTrue();
    return Long.parseLong(m.group(1));
  }
}
