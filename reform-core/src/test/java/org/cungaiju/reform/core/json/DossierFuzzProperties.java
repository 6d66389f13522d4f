package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.testing.Fault;
import org.cungaiju.reform.core.testing.FuzzTally;
import org.cungaiju.reform.core.testing.JsonMutator;
import org.cungaiju.reform.core.testing.Mutation;
import org.cungaiju.reform.core.testing.SmallCommunities;
import org.cungaiju.reform.core.testing.WholeRun;

/**
 * Damaged dossiers — fields removed, types swapped, numbers at the extremes, control characters
 * and bytes that are not UTF-8, keys given twice, deep nesting, huge arrays, truncation, flipped
 * bytes — are answered by the reader with a dossier or with violations, each at a JSON path;
 * nothing else ever escapes, and the answer is the same from bytes, a stream or text. A dossier
 * that stays valid is run through the whole reform ({@link WholeRun}); {@code
 * HostileRunProperties} in {@code org.cungaiju.reform.core.run} damages dossiers so that more of
 * them stay valid.
 *
 * <p>Hand-typed files, exports from old systems and crafted inputs look like this.
 */
class DossierFuzzProperties {

  static final FuzzTally TALLY = new FuzzTally("dossier reader fuzz");
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** Documents re-read from a stream and from text as well; larger ones only from bytes. */
  private static final int SMALL = 256 * 1024;
  private static final Pattern DIGITS = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9])");

  @Provide
  Arbitrary<byte[]> documents() {
    return SmallCommunities.documentPool(24);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Mutation.lists(Mutation.any(), 3);
  }

  @Property(tries = 1000)
  void answersEveryDamagedDossierWithADossierOrViolationsAtPaths(
      @ForAll("documents") byte[] document, @ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    byte[] damaged = JsonMutator.mutate(document, mutations);

    ReadResult<Dossier> read = DossierReader.validate(damaged);

    assertAtPaths(read);
    if (damaged.length < SMALL) {
      assertThat(DossierReader.validate(new ByteArrayInputStream(damaged)))
          .as("read from a stream").isEqualTo(read);
      assertAtPaths(DossierReader.validate(new String(damaged, StandardCharsets.UTF_8)));
      if (!read.isValid()) {
        assertThat(catchThrowableOfType(InvalidInputException.class,
            () -> DossierReader.read(damaged)).violations()).isEqualTo(read.violations());
      }
    }
    if (!read.isValid()) {
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> read.orElseThrow());
      if (mutations.stream().noneMatch(m -> m.fault() == Fault.COPY_VALUE)) {
        assertNoResidentIdShown(residentIds(document), read.violations(), e.getMessage());
      }
    }
    read.value().ifPresent(d -> WholeRun.check(d, d.asOf(), Language.EN));
    mutations.forEach(m -> Statistics.label("fault").collect(m.fault()));
    Statistics.label("valid").collect(read.isValid());
    TALLY.count(mutations, read.isValid() ? "valid" : "refused");
    Statistics.label("fault").coverage(c -> {
      for (Fault f : Fault.values()) {
        c.check(f).count(n -> n > 0);
      }
    });
  }

  @AfterContainer
  static void reportTheCasesTried() {
    System.out.println(TALLY);
    assertThat(TALLY.cases()).as("cases tried").isGreaterThanOrEqualTo(1000);
  }

  static void assertAtPaths(ReadResult<?> result) {
    assertThat(result.isValid()).isEqualTo(result.violations().isEmpty());
    for (Violation v : result.violations()) {
      assertThat(v.path()).as("the path of %s", v).startsWith("$");
      assertThat(v.problem()).isNotBlank();
    }
  }

  /** No violation or message shows one of the document's resident ids whole. */
  private static void assertNoResidentIdShown(Set<String> ids, List<Violation> violations,
      String message) {
    assertThat(idsIn(message)).as("ids in the message").doesNotContainAnyElementsOf(ids);
    for (Violation v : violations) {
      assertThat(idsIn(v.toString())).as("ids in %s", v).doesNotContainAnyElementsOf(ids);
    }
  }

  /** Every run of 17 digits and a digit or X in {@code text}: what could be a resident id. */
  private static List<String> idsIn(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The resident ids of an undamaged document's persons. */
  private static Set<String> residentIds(byte[] document) throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonNode p : PLAIN.readTree(document).path("persons")) {
      ids.add(p.path("residentId").asText());
    }
    return ids;
  }
}
