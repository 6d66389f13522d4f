package org.cungaiju.reform.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.core.dividend.DividendStatus;
import org.cungaiju.reform.core.governance.SeparationStatus;
import org.cungaiju.reform.core.grid.BoundViolation;
import org.cungaiju.reform.core.run.ErrorKind;
import org.cungaiju.reform.core.run.ReformRun;
import org.cungaiju.reform.core.run.SampleRuns;
import org.cungaiju.reform.core.run.Section;
import org.cungaiju.reform.core.run.SectionStatus;
import org.cungaiju.reform.core.share.RegisterOrigin;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.junit.jupiter.api.Test;

/** Both languages hold every key, and every key the code asks for is there. */
class TextsTest {

  private static final Path SOURCES = Path.of(System.getProperty("reform.root", ".."),
      "reform-core", "src", "main", "java", "org", "cungaiju", "reform", "core", "report");

  /** The keys and texts of one bundle file itself, without its parent's. */
  static Properties file(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHoldTheSameKeysEachWithAText() throws IOException {
    Properties english = file("report.properties");
    Properties chinese = file("report_zh.properties");
    assertThat(new TreeSet<>(chinese.stringPropertyNames()))
        .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
    english.forEach((k, v) -> assertThat(v.toString()).as("%s", k).isNotBlank());
    chinese.forEach((k, v) -> assertThat(v.toString()).as("%s", k).isNotBlank());
    long translated = english.stringPropertyNames().stream()
        .filter(k -> !english.getProperty(k).equals(chinese.getProperty(k))).count();
    assertThat(translated).isEqualTo(english.size());
  }

  @Test
  void eachLanguageRendersEveryKeyFromItsOwnBundle() throws IOException {
    Properties english = file("report.properties");
    Properties chinese = file("report_zh.properties");
    Texts en = Texts.report(Language.EN);
    Texts zh = Texts.report(Language.ZH_CN);
    for (String key : english.stringPropertyNames()) {
      assertThat(en.text(key)).isEqualTo(english.getProperty(key));
      assertThat(zh.text(key)).isEqualTo(chinese.getProperty(key));
    }
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Texts en = Texts.report(Language.EN);
    Pattern literal = Pattern.compile("\"([a-z][A-Za-z]*(\\.[A-Za-z]+)+)\"");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          String key = m.group(1);
          if (key.startsWith("org.") || key.startsWith("report.")) {
            continue;
          }
          found++;
          if (!en.has(key) && !en.has(key + ".title")) {
            missing.add(f.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(found).as("keys found in the code").isGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyMadeFromANameExists() {
    Texts en = Texts.report(Language.EN);
    for (String id : ReformRun.sectionIds()) {
      for (String part : List.of(".title", ".aside", ".lead")) {
        assertThat(en.has("section." + id + part)).as("section.%s%s", id, part).isTrue();
      }
    }
    for (Section s : SampleRuns.report().sections().values()) {
      s.figures().counts().keySet().forEach(n -> assertThat(en.has("figure." + n)).as(n).isTrue());
      s.figures().amounts().keySet().forEach(n -> assertThat(en.has("figure." + n)).as(n).isTrue());
    }
    Facet.all().forEach(f -> assertThat(en.has("facet." + f.id())).as(f.id()).isTrue());
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(MembershipStatus.class,
        ErrorKind.class, SectionStatus.class, BoundViolation.Bound.class,
        DedicatedGridKind.class, SeparationDimension.class, SeparationStatus.class, Post.class,
        Office.class, TaskStatus.class, SchoolStage.class, RegisterOrigin.class,
        ShareManagement.class, DividendStatus.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertThat(en.has(Texts.keyOf(e))).as(Texts.keyOf(e)).isTrue();
      }
    }
  }

  @Test
  void formatPutsArgumentsInAsTheyAre() {
    Texts en = Texts.report(Language.EN);
    assertThat(en.format("table.more", "1,234")).isEqualTo("… and 1,234 more, listed in report.json.");
    assertThat(en.format("grids.violation", "a", "{1}", "c")).isEqualTo("a: {1} (limit c)");
  }

  @Test
  void parsesTheLanguageTags() {
    assertThat(Language.parse("zh-CN")).isEqualTo(Language.ZH_CN);
    assertThat(Language.parse("zh_cn")).isEqualTo(Language.ZH_CN);
    assertThat(Language.parse("en")).isEqualTo(Language.EN);
    assertThat(Language.parse("en-GB")).isEqualTo(Language.EN);
    assertThat(Language.of(java.util.Locale.US)).isEqualTo(Language.EN);
    assertThat(Language.of(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH_CN);
    assertThat(Language.of(java.util.Locale.FRANCE)).isEqualTo(Language.ZH_CN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Language.parse("fr"))
        .hasMessageContaining("fr").hasMessageContaining("zh-CN or en");
  }
}
