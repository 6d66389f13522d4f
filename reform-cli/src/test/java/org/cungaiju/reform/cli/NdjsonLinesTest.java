package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

  private static List<String> read(String text, long max) throws IOException {
    NdjsonLines lines = new NdjsonLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      out.add(lines.number() + (lines.tooLong() ? " too long"
          : lines.isBlank() ? " blank" : " " + new String(lines.stream().readAllBytes(),
              StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Test
  void splitsOnLineFeedsDroppingCarriageReturns() throws IOException {
    assertThat(read("a\r\nbb\n\n  \nccc", 100))
        .containsExactly("1 a", "2 bb", "3 blank", "4 blank", "5 ccc");
    assertThat(read("a\n", 100)).containsExactly("1 a");
    assertThat(read("", 100)).isEmpty();
  }

  @Test
  void skipsALineLongerThanTheLimitAndGoesOn() throws IOException {
    assertThat(read("12345\n123456\n1234", 5))
        .containsExactly("1 12345", "2 too long", "3 1234");
  }

  @Property(tries = 200)
  void readsLinesLongerThanItsBuffer(@ForAll @IntRange(min = 1, max = 200_000) int length,
      @ForAll @StringLength(min = 1, max = 3) String tail) throws IOException {
    String longLine = "x".repeat(length);
    String clean = tail.replace("\n", "").replace("\r", "");
    assertThat(read(longLine + "\n" + clean, Long.MAX_VALUE)).hasSize(clean.isEmpty() ? 1 : 2)
        .first().isEqualTo("1 " + longLine);
  }
}
