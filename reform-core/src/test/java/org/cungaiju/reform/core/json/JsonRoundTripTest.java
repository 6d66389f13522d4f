package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;

/**
 * Writing a value and reading it back gives an equal value, through the library's own mapper
 * and through a plain mapper that found the module by itself.
 */
@Domain(ApiValues.class)
@Domain(DomainContext.Global.class)
class JsonRoundTripTest {

  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  @Property
  void moneyRoundTripsAsItsDecimalString(@ForAll Money money) {
    assertThat(ReformJson.write(money)).isEqualTo("\"" + money + "\"");
    assertRoundTrips(money);
  }

  @Property
  void weightsRoundTrip(@ForAll Weight weight) {
    assertThat(ReformJson.write(weight)).isEqualTo("\"" + weight.value().toPlainString() + "\"");
    assertRoundTrips(weight);
  }

  @Property
  void divisionCodesRoundTripAsTheirDigits(@ForAll DivisionCode code) {
    assertThat(ReformJson.write(code)).isEqualTo("\"" + code.value() + "\"");
    assertRoundTrips(code);
  }

  @Property
  void residentIdsRoundTripUnmasked(@ForAll ResidentId id) {
    assertThat(ReformJson.write(id)).isEqualTo("\"" + id.value() + "\"");
    assertRoundTrips(id);
  }

  @Property(tries = 50)
  void countiesRoundTripAsTheirCode(@ForAll County county) {
    assertThat(ReformJson.write(county)).isEqualTo("\"" + county.code() + "\"");
    assertRoundTrips(county);
  }

  @Property
  void namesRoundTripUnmasked(@ForAll PersonName name) {
    assertThat(ReformJson.write(name)).isEqualTo("\"" + name.value() + "\"");
    assertRoundTrips(name);
  }

  @Property
  void departmentsRoundTripAsTheirName(@ForAll Department department) {
    assertThat(ReformJson.write(department)).isEqualTo("\"" + department.name() + "\"");
    assertRoundTrips(department);
  }

  @Property(tries = 200)
  void explanationsRoundTripKeepingTheOrderOfTheirMaps(@ForAll Explanation explanation) {
    Explanation back = assertRoundTrips(explanation);
    assertThat(back.inputs().keySet()).containsExactlyElementsOf(explanation.inputs().keySet());
    assertThat(back.parameters().keySet())
        .containsExactlyElementsOf(explanation.parameters().keySet());
  }

  @Property(tries = 2000)
  void everyOtherValueRoundTrips(@ForAll("otherValues") Object value) {
    assertRoundTrips(value);
  }

  @Provide
  Arbitrary<Object> otherValues() {
    ApiValues values = new ApiValues();
    return Arbitraries.oneOf(List.of(values.rates(), values.dateRanges(), values.creditCodes(),
        values.points(), values.personEvents(), values.holdings(), values.shareClasses(),
        values.charters(), values.policySources(), values.gridUnits(), values.ledgerEntries(),
        values.governance(), values.land(), values.publicServices()));
  }

  /** Writes {@code value}, reads it back as its own class, and checks the two are equal. */
  @SuppressWarnings("unchecked")
  private static <T> T assertRoundTrips(T value) {
    Class<T> type = (Class<T>) value.getClass();
    String json = ReformJson.write(value);
    T back = ReformJson.read(json, type);
    assertThat(back).isEqualTo(value);
    try {
      assertThat(PLAIN.writeValueAsString(value)).isEqualTo(json);
      assertThat(PLAIN.readValue(json, type)).isEqualTo(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError("a plain mapper with the module failed on " + json, e);
    }
    return back;
  }
}
