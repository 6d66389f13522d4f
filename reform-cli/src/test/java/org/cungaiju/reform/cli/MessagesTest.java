package org.cungaiju.reform.cli;

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
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.report.Texts;
import org.junit.jupiter.api.Test;

/** The command line's messages: both languages hold every key the code uses. */
class MessagesTest {

  private static final Path SOURCES = Path.of(System.getProperty("reform.root", ".."),
      "reform-cli", "src", "main", "java", "org", "cungaiju", "reform", "cli");

  private static Properties file(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHoldTheSameKeysAndRenderThemFromTheirOwnFile() throws IOException {
    Properties english = file("messages.properties");
    Properties chinese = file("messages_zh.properties");
    assertThat(new TreeSet<>(chinese.stringPropertyNames()))
        .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
    Texts en = LanguageOption.messages(Language.EN);
    Texts zh = LanguageOption.messages(Language.ZH_CN);
    for (String key : english.stringPropertyNames()) {
      assertThat(en.text(key)).isEqualTo(english.getProperty(key)).isNotBlank();
      assertThat(zh.text(key)).isEqualTo(chinese.getProperty(key)).isNotBlank()
          .isNotEqualTo(english.getProperty(key));
    }
  }

  @Test
  void everyKeyTheCodeNamesExistsAndEveryKeyIsUsed() throws IOException {
    Texts en = LanguageOption.messages(Language.EN);
    Pattern use = Pattern.compile("messages\\.(?:text|format)\\(\"([A-Za-z.]+)\"");
    List<String> missing = new ArrayList<>();
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = use.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
          if (!en.has(m.group(1))) {
            missing.add(f.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(used).as("every message is used")
        .containsExactlyElementsOf(new TreeSet<>(file("messages.properties").stringPropertyNames()));
    assertThat(missing).isEmpty();
  }
}
