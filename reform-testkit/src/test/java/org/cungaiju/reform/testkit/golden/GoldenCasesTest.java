package org.cungaiju.reform.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenCasesTest {

  private static final String NEWBORN = """
      {
        "formatVersion": 1,
        "name": "a member's newborn is a member",
        "county": "440703",
        "date": "2025-06-01",
        "persons": [
          {"id": "father", "birthDate": "1970-03-01", "sex": "MALE"},
          {"id": "baby", "birthDate": "2025-05-20", "sex": "FEMALE", "parents": ["father"]}
        ],
        "expect": [
          {"facet": "membership", "person": "baby", "status": "%s",
           "policy": "jiangmen-default", "version": "rceo-law-2025", "clause": "第十二条"},
          {"facet": "dividend", "income": "12345.67", "reserveFund": "1234.56",
           "payoutPool": "11111.11"}
        ]
      }
      """;

  private final PolicyRegistry registry = PolicyRegistry.builder().build();

  @Test
  void readsACase() {
    GoldenCase c = GoldenCase.parse("newborn.json", NEWBORN.formatted("MEMBER"));
    assertThat(c.dossier().persons()).hasSize(2);
    assertThat(c.expectations()).hasSize(2);
    assertThat(((GoldenCase.MembershipExpectation) c.expectations().get(0)).status())
        .isEqualTo(MembershipStatus.MEMBER);
  }

  @Test
  void refusesAnUnknownFieldNamingItsPath() {
    String json = NEWBORN.formatted("MEMBER").replace("\"sex\": \"MALE\"",
        "\"sex\": \"MALE\", \"nickname\": \"阿强\"");
    assertThatThrownBy(() -> GoldenCase.parse("f.json", json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.persons[0].nickname").hasMessageContaining("not a known field");
  }

  @Test
  void refusesADuplicateKey() {
    String json = NEWBORN.formatted("MEMBER").replace("\"name\":", "\"date\": \"2025-01-01\", \"name\":");
    assertThatThrownBy(() -> GoldenCase.parse("f.json", json))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Duplicate field 'date'");
  }

  @Test
  void refusesANumberWhereTextBelongs() {
    String json = NEWBORN.formatted("MEMBER").replace("\"12345.67\"", "12345.67");
    assertThatThrownBy(() -> GoldenCase.parse("f.json", json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.expect[1].income").hasMessageContaining("is not text");
  }

  @Test
  void runsEachExpectationAsATestThatPassesWhenThePolicyAgrees(@TempDir Path dir)
      throws Throwable {
    Files.writeString(dir.resolve("newborn.json"), NEWBORN.formatted("MEMBER"));
    List<DynamicTest> tests = flatten(GoldenCases.tests(dir, registry));
    assertThat(tests).hasSize(2);
    for (DynamicTest t : tests) {
      t.getExecutable().execute();
    }
  }

  @Test
  void failsAnExpectationThePolicyDisagreesWithSayingWhy(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("newborn.json"), NEWBORN.formatted("PENDING"));
    DynamicTest membership = flatten(GoldenCases.tests(dir, registry)).get(0);
    assertThatThrownBy(() -> membership.getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("newborn.json expect[0]")
        .hasMessageContaining("expected status of baby PENDING but the policy decided MEMBER")
        .hasMessageContaining("rule membership.birth");
  }

  @Test
  void turnsAnUnreadableFileIntoAFailingTestAndAnEmptyFolderIntoAFailure(@TempDir Path dir)
      throws IOException {
    assertThatThrownBy(() -> flatten(GoldenCases.tests(dir, registry)).get(0).getExecutable()
        .execute()).hasMessageContaining("no golden case");
    Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1,");
    DynamicTest t = flatten(GoldenCases.tests(dir, registry)).get(0);
    assertThatThrownBy(() -> t.getExecutable().execute())
        .hasMessageContaining("broken.json").hasMessageContaining("not valid JSON");
  }

  private static List<DynamicTest> flatten(Stream<DynamicNode> nodes) {
    return nodes.flatMap(n -> n instanceof DynamicContainer c ? flatten(c.getChildren().map(
        x -> (DynamicNode) x)).stream() : Stream.of((DynamicTest) n)).toList();
  }
}
