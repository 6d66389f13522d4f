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
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.testkit.golden.Sketch;
import org.junit.jupiter.api.Test;

/**
 * One dossier decided the day before and the day the second membership version comes into
 * force: a wife who married in and moved her household registration in on 2018-05-01 (after
 * the first version's cut-off of 2015-12-31, before the second's of 2020-12-31).
 */
class XinhuiVersionChangeTest {

  @Test
  void eachSideOfTheVersionChangeGivesThatVersionsResultAndNamesIt() {
    Optional<String> org = Optional.of("org1");
    Dossier d = Sketch.dossier(County.XINHUI, LocalDate.of(2025, 6, 1),
        List.of(Sketch.organization("org1", County.XINHUI, Charter.DEFAULT)),
        List.of(Sketch.person(County.XINHUI, 0, "husband", LocalDate.of(1988, 2, 1), Sex.MALE,
                "h1", org, List.of(), true, true, List.of()),
            Sketch.person(County.XINHUI, 1, "wife", LocalDate.of(1990, 7, 1), Sex.FEMALE, "h1",
                org, List.of(), true, true, List.of(
                    PersonEvent.of(PersonEventType.HUKOU_IN, LocalDate.of(2018, 5, 1)),
                    PersonEvent.of(PersonEventType.MARRIAGE_IN, LocalDate.of(2018, 5, 1))))));
    MembershipEngine engine = new MembershipEngine(
        PolicyRegistry.builder().strict().discover().build());

    Member before = engine.decide(d, XinhuiPolicy.MEMBERSHIP_2025.minusDays(1))
        .of("wife").orElseThrow();
    Member after = engine.decide(d, XinhuiPolicy.MEMBERSHIP_2025).of("wife").orElseThrow();

    assertEquals(MembershipStatus.PENDING, before.status());
    assertEquals("xinhui", before.explanation().policyId());
    assertEquals("2020-01-01", before.explanation().version());
    assertEquals("xinhui.membership.cutOff", before.explanation().ruleId());
    assertEquals(MembershipStatus.MEMBER, after.status());
    assertEquals("2025-05-01", after.explanation().version());
    assertEquals("xinhui.membership.base", after.explanation().ruleId());
    assertEquals("membership.marriage", after.explanation().steps().get(0).ruleId());
    // the husband is a founding member under both versions
    assertEquals(MembershipStatus.MEMBER, engine.decide(d, XinhuiPolicy.MEMBERSHIP_2025
        .minusDays(1)).of("husband").orElseThrow().status());
  }
}
