package org.cungaiju.reform.spi.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.junit.jupiter.api.Test;

class ElectionConditionsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static final FacetVersion VERSION = FacetVersion.of("test",
      DateRange.startingAt(LocalDate.of(2022, 1, 1)),
      PolicySource.of("测试文件", "第十条", LocalDate.of(2022, 1, 1)));
  private static final ElectionConditions CONDITIONS =
      new ElectionConditions(true, 3, true, true, true);

  private static Person resident(boolean registered, PersonEventType... types) {
    LocalDate born = LocalDate.of(1985, 4, 2);
    String first17 = "440705" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "123";
    List<PersonEvent> events = java.util.Arrays.stream(types)
        .map(t -> PersonEvent.of(t, LocalDate.of(2020, 1, 1)))
        .toList();
    return new Person("p1", new ResidentId(first17 + ResidentId.checkCharacter(first17)),
        PersonName.of("欧阳明"), Sex.MALE, born, "h1", Optional.empty(), ImmutableList.of(),
        registered, true, ImmutableList.copyOf(events));
  }

  @Test
  void aNonHukouPartyMemberMeetingEveryConditionIsEligible() {
    Explained<Eligibility> e = CONDITIONS.evaluate(resident(false,
        PersonEventType.PARTY_MEMBERSHIP, PersonEventType.RESIDENCE_START,
        PersonEventType.RESIDENCE_PERMIT), DATE, VERSION, "election.test", "");
    assertThat(e.value().eligible()).isTrue();
    assertThat(e.explanation().inputs()).containsEntry("yearsResident", "5");
    assertThat(e.explanation().source().clause()).isEqualTo("第十条");
  }

  @Test
  void aPartyMemberUnderCreditDisciplineIsRefusedWithThatReason() {
    Explained<Eligibility> e = CONDITIONS.evaluate(resident(false,
        PersonEventType.PARTY_MEMBERSHIP, PersonEventType.RESIDENCE_START,
        PersonEventType.RESIDENCE_PERMIT, PersonEventType.CREDIT_DISCIPLINE), DATE, VERSION,
        "election.test", "");
    assertThat(e.value().eligible()).isFalse();
    assertThat(e.value().unmet()).containsExactly("creditDiscipline");
    assertThat(e.value().reasons()).contains("失信惩戒对象: under credit discipline");
    assertThat(e.explanation().outcome()).isEqualTo("not eligible: creditDiscipline");
  }

  @Test
  void aNonPartyMemberWithoutAPermitFailsBothConditions() {
    Eligibility e = CONDITIONS.evaluate(resident(false, PersonEventType.RESIDENCE_START), DATE,
        VERSION, "election.test", "").value();
    assertThat(e.unmet()).containsExactly("partyMember", "residencePermit");
  }

  @Test
  void aPersonRegisteredInTheCommunityIsNotSubjectToThePilotsConditions() {
    Eligibility e = CONDITIONS.evaluate(resident(true), DATE, VERSION, "election.test", "")
        .value();
    assertThat(e.eligible()).isTrue();
    assertThat(e.reasons().get(0)).contains("registered in the community");
  }
}
