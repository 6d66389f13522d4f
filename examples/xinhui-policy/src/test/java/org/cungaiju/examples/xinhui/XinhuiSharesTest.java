package org.cungaiju.examples.xinhui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.share.MemberShares;
import org.cungaiju.reform.core.share.Quantification;
import org.cungaiju.reform.core.share.ShareEngine;
import org.cungaiju.reform.testkit.golden.Sketch;
import org.junit.jupiter.api.Test;

/**
 * The county's share scheme quantified by the library on a household worked out by hand, base
 * date 2025-12-31.
 *
 * <pre>
 * member  born        age  population  farming                                  farm age  weight
 * a       1955-03-01   70  1.2         1973-06-01 – 2008-06-01: 35, at most 30        30    31.2
 * b       1960-07-15   65  1.2         1980-07-15 – 1995-07-14: 14 (a day short)      14    15.2
 * c       1985-02-01   40  1           2003-02-01 – 2010-02-01: 7,
 *                                      2015-02-01 – base date: 10                     17    18
 * d       2012-05-01   13  0.5         none                                            0     0.5
 *                                                                              all weight  64.9
 * </pre>
 *
 * <p>With no number of shares, weights have one decimal, so one share stands for 0.1 of weight:
 * a 12 + 300 = 312, b 12 + 140 = 152, c 10 + 170 = 180, d 5; 649 shares.
 *
 * <p>With the charter's 1,000 shares: quotas 1000 × 31.2/64.9 = 480.74, 234.21, 277.35 and
 * 7.70; floors 480 + 234 + 277 + 7 = 998, the 2 shares left to the largest remainders, a (0.74)
 * and d (0.70): a 481, b 234, c 277, d 8. Each member's shares split over the classes: a 481 ×
 * 1.2/31.2 = 18.5 and 481 × 30/31.2 = 462.5, a tie for the last share, given to the first
 * class: population 19, farm age 462; b 234 × 1.2/15.2 = 18.47 and 234 × 14/15.2 = 215.53:
 * 18 and 216; c 277/18 = 15.39 and 277 × 17/18 = 261.61: 15 and 262; d all 8 population.
 */
class XinhuiSharesTest {

  private static final LocalDate BASE = LocalDate.of(2025, 12, 31);
  private static final ShareEngine ENGINE =
      new ShareEngine(PolicyRegistry.builder().strict().discover().build());

  private static Dossier household(Optional<Long> totalShares) {
    Charter charter = new Charter(Optional.empty(), Optional.empty(), ShareManagement.DYNAMIC,
        Optional.of(BASE), totalShares);
    Optional<String> org = Optional.of("org1");
    return Sketch.dossier(County.XINHUI, BASE,
        List.of(Sketch.organization("org1", County.XINHUI, charter)),
        List.of(
            Sketch.person(County.XINHUI, 0, "a", LocalDate.of(1955, 3, 1), Sex.MALE, "h1", org,
                List.of(), true, true, List.of(farming("1973-06-01"), stop("2008-06-01"))),
            Sketch.person(County.XINHUI, 1, "b", LocalDate.of(1960, 7, 15), Sex.FEMALE, "h1",
                org, List.of(), true, true, List.of(farming("1980-07-15"), stop("1995-07-14"))),
            Sketch.person(County.XINHUI, 2, "c", LocalDate.of(1985, 2, 1), Sex.MALE, "h1", org,
                List.of(), true, true, List.of(farming("2003-02-01"), stop("2010-02-01"),
                    farming("2015-02-01"))),
            Sketch.person(County.XINHUI, 3, "d", LocalDate.of(2012, 5, 1), Sex.FEMALE, "h1",
                org, List.of(), true, true, List.of())));
  }

  @Test
  void withoutANumberOfSharesEachShareIsATenthOfWeight() {
    Quantification q = ENGINE.sharesOf(household(Optional.empty()), "org1", BASE)
        .quantification().orElseThrow();
    assertEquals(Optional.of(Weight.parse("0.1")), q.weightPerShare());
    assertEquals(List.of(312L, 152L, 180L, 5L), shares(q));
    assertEquals(List.of(12L, 300L), classes(q.members().get(0)));
    assertEquals(649, q.totalShares());
    assertEquals("xinhui", q.members().get(0).weightsExplanation().policyId());
  }

  @Test
  void theChartersThousandSharesByLargestRemainder() {
    Quantification q = ENGINE.sharesOf(household(Optional.of(1000L)), "org1", BASE)
        .quantification().orElseThrow();
    assertEquals(List.of(481L, 234L, 277L, 8L), shares(q));
    assertEquals(List.of(true, false, false, true),
        q.members().stream().map(MemberShares::remainderShare).toList());
    assertEquals(List.of(19L, 462L), classes(q.members().get(0)));
    assertEquals(TieOutcome.AWARDED, q.members().get(0).classes().get(0).tie());
    assertEquals(TieOutcome.PASSED_OVER, q.members().get(0).classes().get(1).tie());
    assertEquals(List.of(18L, 216L), classes(q.members().get(1)));
    assertEquals(List.of(15L, 262L), classes(q.members().get(2)));
    assertEquals(List.of(8L, 0L), classes(q.members().get(3)));
    assertEquals(1000, q.register().totalShares());
    assertEquals(1000, q.households().get(0).shares());
  }

  private static List<Long> shares(Quantification q) {
    return q.members().stream().map(MemberShares::shares).toList();
  }

  private static List<Long> classes(MemberShares m) {
    return m.classes().stream().map(c -> c.shares()).toList();
  }

  private static PersonEvent farming(String date) {
    return PersonEvent.of(PersonEventType.FARMING_START, LocalDate.parse(date));
  }

  private static PersonEvent stop(String date) {
    return PersonEvent.of(PersonEventType.FARMING_END, LocalDate.parse(date));
  }
}
