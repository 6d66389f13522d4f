package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.grid.GridFunction;
import org.cungaiju.reform.api.grid.GridKind;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.value.Money;
import org.junit.jupiter.api.Test;

class ReformJsonTest {

  /** A caller's own type, to see the library's mapper judge plain Jackson properties. */
  public static final class Form {
    public int count;
    public String text;
    public BigDecimal amount;
    public List<String> tags;
    public Money fee;
  }

  @Test
  void doesNotTruncateADecimalIntoAWholeNumber() {
    assertRefused("{\"count\": 1.5}", "$.count", "Floating-point");
  }

  @Test
  void doesNotTakeTextAsANumberOrANumberAsText() {
    assertRefused("{\"count\": \"1\"}", "$.count", "String value");
    assertRefused("{\"text\": 12}", "$.text", "Integer value");
    assertRefused("{\"text\": true}", "$.text", "Boolean value");
  }

  @Test
  void doesNotTakeAnEmptyStringAsNullOrASingleValueAsAnArray() {
    assertRefused("{\"amount\": \"\"}", "$.amount", "");
    assertRefused("{\"tags\": \"one\"}", "$.tags", "");
  }

  @Test
  void refusesUnknownPropertiesAndDuplicateKeys() {
    assertRefused("{\"colour\": \"red\"}", "$.colour", "is not a known field");
    assertRefused("{\"count\": 1, \"count\": 2}", "$.count", "is given twice");
  }

  @Test
  void readsDecimalsExactly() {
    Form form = ReformJson.read("{\"amount\": 0.1000000000000000055511151231257827}",
        Form.class);

    assertThat(form.amount).isEqualByComparingTo("0.1000000000000000055511151231257827");
    assertThat(ReformJson.readTree("0.1").orElseThrow().decimalValue())
        .isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void placesAnApiValuesViolationsUnderThePropertyHoldingIt() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ReformJson.read("{\"fee\": \"1.234\"}", Form.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.fee");
      assertThat(v.problem()).isEqualTo("is not an amount of money");
      assertThat(v.value()).isEqualTo("1.234");
    });
  }

  @Test
  void refusesAnExplicitNullWhereAValueIsExpected() {
    assertThatThrownBy(() -> ReformJson.read("null", Money.class))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("$: is null");
  }

  @Test
  void readsAndWritesExplainedValuesOfTheDeclaredType() {
    Explanation why = Explanation.of("dividend.retention", "jiangmen-default", "2025-05-01",
        PolicySource.of("江农改〔2022〕1号", "第四条", LocalDate.of(2022, 3, 1)),
        Map.of("income", "1000.00"), Map.of("rate", "0.1"), "retained 100.00");
    Explained<Money> explained = Explained.of(Money.ofYuan(100), why);

    String json = ReformJson.write(explained);
    Explained<Money> back = ReformJson.read(json, new TypeReference<Explained<Money>>() {});

    assertThat(json).startsWith("{\"value\":\"100.00\",\"explanation\":{\"ruleId\":");
    assertThat(back).isEqualTo(explained);
    assertThat(back.value()).isInstanceOf(Money.class);
  }

  @Test
  void reportsEveryProblemOfAnExplainedValueWithItsPath() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ReformJson.read("{\"value\": \"x\", \"explanation\": {\"ruleId\": \"r\"}}",
            new TypeReference<Explained<Money>>() {}));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("$.value",
        "$.explanation.policyId", "$.explanation.version", "$.explanation.source",
        "$.explanation.outcome");
  }

  @Test
  void aPlainMapperCarriesTheViolationsAsTheCauseOfItsFailure() {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> plain.readValue("{\"fee\": \"1.234\"}", Form.class));

    assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
    assertThat(ReformJson.invalidInput(e).violations()).extracting(Violation::path)
        .containsExactly("$.fee");
  }

  @Test
  void writesEnumsByTheirNameWhateverTheMappersSettings() throws IOException {
    ObjectMapper byIndex = new ObjectMapper().findAndRegisterModules()
        .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);

    assertThat(byIndex.writeValueAsString(Sex.FEMALE)).isEqualTo("\"FEMALE\"");
    assertThat(ReformJson.read("\"DEDICATED\"", GridKind.class)).isEqualTo(GridKind.DEDICATED);
    assertThatThrownBy(() -> ReformJson.read("1", GridFunction.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is a whole number, not a string");
  }

  @Test
  void givesCallersACopyOfTheMapperNotTheMapperItself() {
    ObjectMapper copy = ReformJson.newMapper();
    copy.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThat(ReformJson.newMapper()).isNotSameAs(copy);
    assertRefused("{\"colour\": \"red\"}", "$.colour", "is not a known field");
  }

  @Test
  void mapsEveryRecordAndEnumOfTheApi() throws IOException {
    ObjectMapper mapper = ReformJson.newMapper();
    List<Class<?>> apiTypes = ClassPath.from(getClass().getClassLoader())
        .getTopLevelClassesRecursive("org.cungaiju.reform.api").stream()
        .map(ClassPath.ClassInfo::load)
        .flatMap(c -> Stream.concat(Stream.of(c), Stream.of(c.getDeclaredClasses())))
        .filter(c -> c.isRecord() || c.isEnum())
        .filter(c -> java.lang.reflect.Modifier.isPublic(c.getModifiers()))
        .toList();

    assertThat(apiTypes).hasSizeGreaterThan(30);
    for (Class<?> type : apiTypes) {
      JsonSerializer<Object> serializer =
          mapper.getSerializerProviderInstance().findValueSerializer(type);
      assertThat(serializer.getClass().getPackageName())
          .as("the serializer of %s", type.getName())
          .isEqualTo(ReformJsonModule.class.getPackageName());
      assertThat(type == Explained.class || ApiTypes.RECORDS.contains(type)
              || ApiTypes.ENUMS.contains(type)
              || ApiTypes.TEXT_SCALARS.stream().anyMatch(s -> s.type() == type))
          .as("%s has a deserializer", type.getName()).isTrue();
    }
  }

  private static void assertRefused(String json, String path, String problem) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> ReformJson.read(json, Form.class));

    assertThat(e).as("reading %s", json).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo(path);
      assertThat(v.problem()).contains(problem);
    });
  }
}
