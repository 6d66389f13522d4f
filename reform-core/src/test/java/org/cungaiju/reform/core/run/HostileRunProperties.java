package org.cungaiju.reform.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.ReadResult;
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.testing.FuzzTally;
import org.cungaiju.reform.core.testing.JsonMutator;
import org.cungaiju.reform.core.testing.Mutation;
import org.cungaiju.reform.core.testing.SmallCommunities;
import org.cungaiju.reform.core.testing.WholeRun;

/**
 * Dossiers damaged so that they often stay valid — entries and optional fields left out,
 * values copied over others, counts, amounts, rates and dates moved to the edges of their
 * range — are read, and those the reader accepts are run through the whole reform and written
 * as JSON and HTML. Whatever the engines make of them, the run ends with a report whose
 * sections are complete or failed with one of the library's errors; no other exception ever
 * escapes.
 */
class HostileRunProperties {

  static final FuzzTally TALLY = new FuzzTally("whole-run fuzz");

  @Provide
  Arbitrary<byte[]> documents() {
    return SmallCommunities.documents(8);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Mutation.lists(Mutation.semantic(), 2);
  }

  @Property(tries = 500)
  void runsEveryDossierTheReaderAcceptsToAReport(@ForAll("documents") byte[] document,
      @ForAll("mutations") List<Mutation> mutations, @ForAll @IntRange(max = 3) int yearsBack) {
    ReadResult<Dossier> read = DossierReader.validate(JsonMutator.mutate(document, mutations));
    Statistics.label("valid").collect(read.isValid());
    if (!read.isValid()) {
      TALLY.count(mutations, "refused by the reader");
      return;
    }
    Dossier dossier = read.orElseThrow();

    Report report = WholeRun.check(dossier, dossier.asOf().minusYears(yearsBack),
        yearsBack % 2 == 0 ? Language.EN : Language.ZH_CN);

    report.failures().forEach((section, error) ->
        Statistics.label("failure").collect(section + " " + error.kind()));
    TALLY.count(mutations, report.complete() ? "complete report" : "report with failures");
    Statistics.label("valid").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @AfterContainer
  static void reportTheCasesTried() {
    System.out.println(TALLY);
    assertThat(TALLY.cases()).as("cases tried").isGreaterThanOrEqualTo(500);
  }
}
