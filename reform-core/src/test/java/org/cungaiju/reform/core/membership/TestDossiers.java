package org.cungaiju.reform.core.membership;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.core.fixtures.TestIds;

/** Small hand-made dossiers: one village organization, every person in one household. */
final class TestDossiers {
  static final String ORG = "org1";

  private TestDossiers() {}

  static PersonEvent event(PersonEventType type, String date) {
    return PersonEvent.of(type, LocalDate.parse(date));
  }

  /** A person of the organization, registered (户籍) in the community unless said otherwise. */
  static Person person(String id, String birth, Sex sex, boolean registered, List<String> parents,
      PersonEvent... events) {
    LocalDate born = LocalDate.parse(birth);
    int seq = 100 + Math.floorMod(id.hashCode(), 400) * 2 + (sex == Sex.MALE ? 1 : 0);
    ResidentId rid = TestIds.residentId("440705", born, seq);
    return new Person(id, rid, PersonName.of("陈" + id), sex, born, "h1", Optional.of(ORG),
        ImmutableList.copyOf(parents), registered, true, ImmutableList.copyOf(events));
  }

  static Dossier dossier(String asOf, Person... persons) {
    String body = "12345678";
    String first17 = "N2440705" + body + CreditCode.organizationCheckCharacter(body);
    CollectiveOrganization org = new CollectiveOrganization(ORG, "示例经济联合社",
        OrganizationLevel.VILLAGE, Optional.empty(),
        new CreditCode(first17 + CreditCode.checkCharacter(first17)), true, false,
        Charter.DEFAULT);
    ImmutableList<String> ids = ImmutableList.copyOf(List.of(persons).stream()
        .map(Person::id).toList());
    return Dossier.builder()
        .asOf(LocalDate.parse(asOf))
        .county(County.XINHUI)
        .community(new Community("c1", "示例社区", new DivisionCode("440705100001"), "示例镇",
            persons.length, persons.length, 1))
        .addOrganizations(List.of(org))
        .addPersons(List.of(persons))
        .addHouseholds(List.of(new Household("h1", ids.get(0), ids)))
        .build();
  }
}
