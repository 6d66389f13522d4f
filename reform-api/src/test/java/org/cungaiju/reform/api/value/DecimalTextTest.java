package org.cungaiju.reform.api.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

/**
 * Decimal text is measured before it is parsed: parsing a million digits takes about a minute,
 * and a dossier may hold strings that long.
 */
class DecimalTextTest {
  private static final List<Function<String, ?>> PARSERS =
      List.of(Money::parse, Weight::parse, Rate::parse);

  private static Violation refused(Function<String, ?> parse, String text) {
    return TestValues.refused(() -> parse.apply(text)).violations().get(0);
  }

  @Test
  void refusesAMillionDigitsUnparsedShowingOnlyTheirStart() {
    String million = "1" + "0".repeat(999_999);
    for (Function<String, ?> parse : PARSERS) {
      Violation v = refused(parse, million);

      assertThat(v.problem()).isEqualTo("is longer than 100 characters");
      assertThat(v.value()).isEqualTo("10000000000000000000… (1000000 characters)");
    }
  }

  @Test
  void parsesTextOfAHundredCharactersAsBefore() {
    String hundred = "1" + "0".repeat(Checks.MAX_DECIMAL_TEXT - 1);

    assertThat(refused(Money::parse, hundred).problem()).isEqualTo("is too large");
    assertThat(refused(Weight::parse, hundred).problem()).isEqualTo("is above 2^62");
    assertThat(refused(Rate::parse, hundred).problem()).isEqualTo("is outside [0, 1]");
    assertThat(Weight.parse("1." + "0".repeat(Checks.MAX_DECIMAL_TEXT - 2)))
        .isEqualTo(Weight.ONE);
  }
}
