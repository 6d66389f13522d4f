package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierReaderTest {

  @Test
  void readsTheHandWrittenDossier() {
    Dossier d = DossierReader.read(Fixtures.valid());

    assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(d.county()).isEqualTo(County.XINHUI);
    assertThat(d.community().divisionCode().value()).isEqualTo("440705001005");
    assertThat(d.organizations()).extracting(o -> o.level())
        .containsExactly(OrganizationLevel.VILLAGE, OrganizationLevel.GROUP,
            OrganizationLevel.GROUP);
    assertThat(d.organizations().get(0).charter().reserveFundRate()).contains(Rate.ofPercent(10));
    assertThat(d.organizations().get(1).parentId()).contains("v1");
    assertThat(d.persons()).hasSize(10);
    Person p7 = d.persons().get(6);
    assertThat(p7.name().value()).isEqualTo("欧阳美玲");
    assertThat(p7.sex()).isEqualTo(Sex.FEMALE);
    assertThat(d.persons().get(9).organizationId()).isEmpty();
    assertThat(d.persons().get(2).parentIds()).containsExactly("p1", "p2");
    assertThat(d.households()).hasSize(3);
    // 10 + 37 + 10 + 30 + 10 + 10 + 10 + 30
    assertThat(d.registers().get(0).totalShares()).isEqualTo(147);
    assertThat(d.finances()).extracting(f -> f.distributableIncome()).containsExactly(
        Money.ofFen(18_234_567), Money.ofFen(-320_050), Money.ofYuan(1_250_000));
    assertThat(d.gridUnits().get(2).location()).contains(Point.of(0, -150));
    assertThat(d.gridUnits().get(4).location()).isEmpty();
    assertThat(d.gridUnits().get(3).workload()).isEmpty();
    assertThat(d.dedicatedGrids()).hasSize(2);
    assertThat(d.ledger().get(2).supersedes()).contains("L1");
    assertThat(d.ledger().get(0).department()).isEqualTo(Department.of("市自然资源局"));
  }

  @Test
  void readingWhatTheWriterWroteGivesAnEqualDossier() {
    Dossier d = DossierReader.read(Fixtures.valid());

    String written = DossierWriter.toJson(d);
    Dossier back = DossierReader.read(written);

    assertThat(back).isEqualTo(d);
    assertThat(DossierWriter.toJson(back)).isEqualTo(written);
  }

  @Test
  void writesComponentOrderTwoSpaceIndentsAndLeavesOutEmptyOptionals() {
    String written = DossierWriter.toJson(DossierReader.read(Fixtures.valid()));

    assertThat(written).startsWith("{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2025-12-31\",\n"
        + "  \"county\": \"440705\",\n  \"community\": {\n").endsWith("}\n");
    JsonNode tree = ReformJson.readTree(written).orElseThrow();
    List<String> personFields = new ArrayList<>();
    tree.at("/persons/9").fieldNames().forEachRemaining(personFields::add);
    assertThat(personFields).containsExactly("id", "residentId", "name", "sex", "birthDate",
        "householdId", "parentIds", "registered", "resident", "events");
    assertThat(tree.at("/persons/0/residentId").textValue()).isEqualTo("440705196503120012");
    assertThat(tree.at("/finances/1/distributableIncome").textValue()).isEqualTo("-3200.50");
  }

  @Test
  void readsTheSameDossierFromBytesTextStreamsAndFiles(@TempDir Path dir) throws IOException {
    byte[] bytes = Fixtures.valid().getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("dossier.json");
    Files.write(file, bytes);
    Dossier fromText = DossierReader.read(Fixtures.valid());

    assertThat(DossierReader.read(bytes)).isEqualTo(fromText);
    assertThat(DossierReader.read(new ByteArrayInputStream(bytes))).isEqualTo(fromText);
    assertThat(DossierReader.read(file)).isEqualTo(fromText);
  }

  @Test
  void leavesTheCallersStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(Fixtures.valid().getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    DossierReader.read(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void writesToStreamsAndFilesTheSameBytesAsToText(@TempDir Path dir) throws IOException {
    Dossier d = DossierReader.read(Fixtures.valid());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path file = dir.resolve("out.json");

    DossierWriter.write(d, out);
    DossierWriter.write(d, file);

    assertThat(out.toByteArray()).isEqualTo(DossierWriter.toBytes(d));
    assertThat(Files.readAllBytes(file)).isEqualTo(DossierWriter.toBytes(d));
  }

  @Test
  void aPlainJacksonMapperReadsAndWritesDossiersThroughTheModule() throws IOException {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    Dossier d = DossierReader.read(Fixtures.valid());

    Dossier back = plain.readValue(plain.writeValueAsString(d), Dossier.class);

    assertThat(back).isEqualTo(d);
  }

  @Test
  void validateReturnsTheDossierWithoutViolations() {
    ReadResult<Dossier> result = DossierReader.validate(Fixtures.valid());

    assertThat(result.isValid()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.value()).contains(DossierReader.read(Fixtures.valid()));
  }

  @Test
  void theExampleInTheDocumentationIsAValidDossier() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "dossier.md"));
    Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(example.find()).as("docs/dossier.md has a ```json example").isTrue();

    ReadResult<Dossier> result = DossierReader.validate(example.group(1));

    assertThat(result.violations()).isEmpty();
    Dossier d = result.orElseThrow();
    assertThat(d.persons()).isNotEmpty();
    assertThat(d.registers()).isNotEmpty();
    assertThat(d.gridUnits()).isNotEmpty();
    assertThat(d.dedicatedGrids()).isNotEmpty();
    assertThat(d.ledger()).isNotEmpty();
    assertThat(d.governance()).isPresent();
    assertThat(d.land()).isPresent();
    assertThat(d.services()).isPresent();
  }
}
