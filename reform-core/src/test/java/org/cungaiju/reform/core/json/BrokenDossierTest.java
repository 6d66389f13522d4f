package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.cungaiju.reform.core.json.Fixtures.at;
import static org.cungaiju.reform.core.json.Fixtures.valid;
import static org.cungaiju.reform.core.json.Fixtures.validWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dossiers that break one rule each are refused with a violation naming the JSON path. */
class BrokenDossierTest {

  static Stream<Arguments> brokenDossiers() {
    return Stream.of(
        broken("a resident id with a wrong check character",
            validWith(d -> at(d, "/persons/0").put("residentId", "440705196503120013")),
            "$.persons[0].residentId", "fails the GB 11643 check character"),
        broken("a resident id born after the dossier's asOf",
            validWith(d -> at(d, "/persons/8").put("residentId", "440705202603030119")),
            "$.persons[8].residentId", "encodes a birth date after 2025-12-31"),
        broken("two persons with one id",
            validWith(d -> at(d, "/persons/9").put("id", "p1")),
            "$.persons[9].id", "is used twice"),
        broken("an unknown county",
            validWith(d -> d.put("county", "440799")),
            "$.county", "is not Jiangmen or one of its counties"),
        broken("a county code written as a number",
            validWith(d -> d.put("county", 440705)),
            "$.county", "is a whole number, not a string"),
        broken("a household naming a missing person",
            validWith(d -> ((ArrayNode) d.at("/households/2/memberIds")).add("p11")),
            "$.households[2].memberIds[1]", "names no person in the dossier"),
        broken("a negative share count",
            validWith(d -> at(d, "/registers/0/holdings/1").put("shares", -37)),
            "$.registers[0].holdings[1].shares", "is negative"),
        broken("a negative population",
            validWith(d -> at(d, "/community").put("registeredPopulation", -1)),
            "$.community.registeredPopulation", "is negative"),
        broken("a date that does not exist",
            validWith(d -> at(d, "/registers/0").put("asOf", "2020-02-30")),
            "$.registers[0].asOf", "is not a real date"),
        broken("a date in another format",
            validWith(d -> at(d, "/ledger/0").put("date", "31/03/2025")),
            "$.ledger[0].date", "is not a date in the form yyyy-MM-dd"),
        broken("an unknown field",
            validWith(d -> at(d, "/community").put("mayor", "张三")),
            "$.community.mayor", "is not a field of Community"),
        broken("an unknown field whose name needs quoting in a path",
            validWith(d -> at(d, "/persons/1").put("姓名's", "李秀英")),
            "$.persons[1]['姓名\\'s']", "is not a field of Person"),
        broken("a schema version this library does not read",
            validWith(d -> d.put("schemaVersion", 2)),
            "$.schemaVersion", "is not a dossier version this library reads"),
        broken("no schema version",
            validWith(d -> d.remove("schemaVersion")),
            "$.schemaVersion", "is missing"),
        broken("a number where text belongs",
            validWith(d -> at(d, "/community").put("town", 12)),
            "$.community.town", "is a whole number, not a string"),
        broken("text where a number belongs",
            validWith(d -> at(d, "/community").put("households", "812")),
            "$.community.households", "is a string, not a whole number"),
        broken("a decimal where a whole number belongs",
            validWith(d -> at(d, "/community").put("households", new BigDecimal("812.0"))),
            "$.community.households", "is a decimal number, not a whole number"),
        broken("a birth date that disagrees with the resident id",
            validWith(d -> at(d, "/persons/0").put("birthDate", "1965-03-13")),
            "$.persons[0].birthDate", "disagrees with the resident id"),
        broken("a sex that disagrees with the resident id",
            validWith(d -> at(d, "/persons/0").put("sex", "FEMALE")),
            "$.persons[0].sex", "disagrees with the resident id"),
        broken("money with three decimals",
            validWith(d -> at(d, "/finances/0").put("distributableIncome", "182345.675")),
            "$.finances[0].distributableIncome", "is not an amount of money"),
        broken("money written as a JSON number",
            validWith(d -> at(d, "/finances/0")
                .put("distributableIncome", new BigDecimal("182345.67"))),
            "$.finances[0].distributableIncome", "is a decimal number, not a string"),
        broken("an explicit null instead of leaving the field out",
            validWith(d -> at(d, "/organizations/1").putNull("parentId")),
            "$.organizations[1].parentId", "is null"),
        broken("a required field left out",
            validWith(d -> at(d, "/persons/3").remove("sex")),
            "$.persons[3].sex", "is missing"),
        broken("an enum constant in lower case",
            validWith(d -> at(d, "/persons/0").put("sex", "male")),
            "$.persons[0].sex", "is not a Sex"),
        broken("a neighbour listed twice",
            validWith(d -> ((ArrayNode) d.at("/gridUnits/0/adjacent")).add("u2")),
            "$.gridUnits[0].adjacent[2]", "is listed twice"),
        broken("adjacency listed on one side only",
            validWith(d -> ((ArrayNode) d.at("/gridUnits/4/adjacent")).removeAll()),
            "$.gridUnits[3].adjacent", "does not list u4 as adjacent in return"),
        broken("a ledger entry superseding a later one",
            validWith(d -> at(d, "/ledger/0").put("supersedes", "L3")),
            "$.ledger[0].supersedes", "names no earlier entry"),
        broken("a group whose parent is not one level up",
            validWith(d -> at(d, "/organizations/2").put("parentId", "g1")),
            "$.organizations[2].parentId", "not directly above"),
        broken("a credit code registered at another level",
            validWith(d -> at(d, "/organizations/1").put("creditCode", "N2440705MA5B12349G")),
            "$.organizations[1].creditCode", "is not registered as"),
        broken("a holding in a class the register does not have",
            validWith(d -> at(d, "/registers/0/holdings/0").put("shareClassId", "contribution")),
            "$.registers[0].holdings", "is not one of the register's classes"),
        broken("truncated JSON",
            valid().substring(0, valid().indexOf("\"sex\": \"MALE\",\n      \"birthDate\": \"1990")
                + "\"sex\": \"MA".length()),
            "$.persons[2].sex", "ends before the JSON is complete"),
        broken("a duplicated key",
            valid().replace("\"id\": \"p2\",", "\"id\": \"p2\", \"id\": \"p2\","),
            "$.persons[1].id", "is given twice in one object"),
        broken("content after the dossier", valid() + "{}",
            "$", "has more content after the JSON value"),
        broken("an empty document", "", "$", "is empty"),
        broken("text that is not JSON", "schemaVersion = 1", "$", "is not well-formed JSON"),
        broken("an array instead of an object", "[]", "$", "is an array, not an object"));
  }

  private static Arguments broken(String what, String json, String path, String problem) {
    return Arguments.of(what, json, path, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDossiers")
  void isRefusedNamingThePathAndTheProblem(
      String what, String json, String path, String problem) {
    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations)
        .as("violations of a dossier with %s", what)
        .anySatisfy(v -> {
          assertThat(v.path()).isEqualTo(path);
          assertThat(v.problem()).contains(problem);
        });
    assertThatThrownBy(() -> DossierReader.read(json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(path + ": ");
  }

  @Test
  void refusesNestingFarDeeperThanAnyRealDossier() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String json = valid().replace("\"note\": \"到广州上大学\"", "\"note\": " + deep);

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).startsWith("$.persons[2].events[0].note[0][0]");
      assertThat(v.problem()).contains("exceeds a limit of the reader")
          .contains("nesting depth");
    });
  }

  @Test
  void refusesAHundredMegabyteStringHavingReadLittleOfIt() throws IOException {
    long hundredMegabytes = 100L * 1024 * 1024;
    CountingStream a = new CountingStream('a', hundredMegabytes);
    InputStream json = new SequenceInputStream(new SequenceInputStream(
        utf8("{\"schemaVersion\": 1, \"asOf\": \"2025-12-31\", \"community\": {\"name\": \""), a),
        utf8("\"}}"));

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.community.name");
      assertThat(v.problem()).contains("exceeds a limit of the reader")
          .contains("String value length");
    });
    assertThat(a.served).as("bytes of the string read before refusing it")
        .isLessThan(4L * ReformJson.MAX_STRING_LENGTH);
  }

  @Test
  void aWrongSchemaVersionIsTheOneProblemReported() {
    String json = validWith(d -> {
      d.put("schemaVersion", 2);
      d.put("county", "440799");
      at(d, "/community").put("mayor", "张三");
    });

    assertThat(DossierReader.validate(json).violations()).extracting(Violation::path)
        .containsExactly("$.schemaVersion");
  }

  @Test
  void reportsEveryProblemOfADocumentInDocumentOrder() {
    String json = validWith(d -> {
      at(d, "/community").put("mayor", "张三");
      at(d, "/organizations/1").putNull("parentId");
      at(d, "/persons/0").put("residentId", "440705196503120013");
      at(d, "/persons/4").put("birthDate", "2015-06-31");
      at(d, "/finances/0").put("distributableIncome", "182345.675");
      at(d, "/gridUnits/0").put("households", new BigDecimal("48.5"));
      at(d, "/ledger/1").put("status", "DELAYED");
    });

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).extracting(Violation::path).containsExactly(
        "$.community.mayor",
        "$.organizations[1].parentId",
        "$.persons[0].residentId",
        "$.persons[4].birthDate",
        "$.finances[0].distributableIncome",
        "$.gridUnits[0].households",
        "$.ledger[1].status");
  }

  @Test
  void reportsEveryCrossReferenceProblemTogether() {
    String json = validWith(d -> {
      ((ArrayNode) d.at("/households/2/memberIds")).add("p11");
      at(d, "/persons/5").put("householdId", "h9");
      at(d, "/ledger/0").put("supersedes", "L3");
      at(d, "/dedicatedGrids/1").set("unitIds", d.arrayNode().add("u4"));
    });

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).extracting(Violation::path).containsExactly(
        "$.persons[5].householdId",
        "$.households[2].memberIds[1]",
        "$.dedicatedGrids[1].unitIds[0]",
        "$.ledger[0].supersedes");
  }

  @Test
  void acceptsANegativeDistributableIncome() {
    String json = validWith(d -> at(d, "/finances/0").put("distributableIncome", "-0.01"));

    assertThat(DossierReader.read(json).finances().get(0).distributableIncome().fen())
        .isEqualTo(-1);
  }

  @Test
  void neverShowsAResidentIdOrANameInMessages() {
    String json = validWith(d -> {
      at(d, "/persons/0").put("residentId", "440705196503120013");
      at(d, "/persons/1").put("name", 123);
      at(d, "/persons/2").put("residentId", 440721199001150039L);
      at(d, "/persons/4").put("sex", "司徒明华"); // a name exported into the wrong column
      at(d, "/persons/6").put("name", "欧阳美玲\u0007");
      at(d, "/persons/9").put("residentId", "440705198809090127");
    });

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> DossierReader.read(json));

    assertThat(e.violations()).extracting(Violation::path).containsExactly(
        "$.persons[0].residentId", "$.persons[1].name", "$.persons[2].residentId",
        "$.persons[4].sex", "$.persons[6].name", "$.persons[9].residentId");
    assertThat(e.getMessage())
        .doesNotContain("440705196503120013", "19650312", "440721199001150039", "19900115",
            "123", "欧阳美玲", "美玲", "440705198809090127", "19880909", "明华")
        .contains("440705********0013", "司徒**", "欧阳***", "440705********0127");
  }

  @Test
  void namesADuplicatedResidentIdOnlyMasked() {
    String json = validWith(d -> at(d, "/persons/9").put("residentId", "440705196503120012")
        .put("sex", "MALE").put("birthDate", "1965-03-12"));

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.persons[9].residentId");
      assertThat(v.value()).isEqualTo("440705********0012");
    });
  }

  @Test
  void neverQuotesTextStandingWhereARecordOrAListBelongs() {
    // found by fuzzing: a person written out as one string was quoted, resident id and name
    String json = validWith(d -> {
      ((ArrayNode) d.get("persons")).set(0, TextNode.valueOf("440705196503120012,陈国强,男"));
      d.put("households", "陈国强");
    });

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).extracting(Violation::path)
        .contains("$.persons[0]", "$.households");
    assertThat(violations).allSatisfy(v -> assertThat(v.toString())
        .doesNotContain("440705196503120012").doesNotContain("陈国强"));
    assertThat(violations).filteredOn(v -> v.path().equals("$.persons[0]")).singleElement()
        .satisfies(v -> {
          assertThat(v.problem()).isEqualTo("is a string, not an object");
          assertThat(v.value()).isEmpty();
        });
  }

  @Test
  void masksWhatHasTheShapeOfAResidentIdWhereverItStands() {
    String json = validWith(d -> {
      at(d, "/community").put("households", "440705196503120012");
      at(d, "/community").put("registeredPopulation", new BigDecimal("440705196503120012"));
      at(d, "/persons/0").put("sex", "old id 440705650312001 then 44070519650312001x");
    });

    List<Violation> violations = DossierReader.validate(json).violations();

    assertThat(violations).extracting(Violation::path, Violation::value).contains(
        tuple("$.community.households", "440705********0012"),
        tuple("$.community.registeredPopulation", "440705********0012"),
        tuple("$.persons[0].sex", "old id 44************* then 440705********001x"));
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
