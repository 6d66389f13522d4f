package org.cungaiju.reform.testkit.golden;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;

/**
 * Turns the few facts a rule reads into valid api values, so that test cases and golden files
 * name no real person: resident ids are made up from the county, birth date, sex and a
 * sequence number (with the right check character), names are a fixed surname and the id.
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class Sketch {

  private Sketch() {}

  /** A valid resident id issued in {@code county} for a birth date and sex; {@code seq} 0–499. */
  public static ResidentId residentId(County county, LocalDate birthDate, Sex sex, int seq) {
    int s = 100 + Math.floorMod(seq, 450) * 2 + (sex == Sex.MALE ? 1 : 0);
    String first17 = county.code() + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + s;
    return new ResidentId(first17 + ResidentId.checkCharacter(first17));
  }

  /** A village-level organization (经济联合社) of {@code county} with a valid credit code. */
  public static CollectiveOrganization organization(String id, County county, Charter charter) {
    String body = String.format("%08d", Math.floorMod(id.hashCode(), 100_000_000));
    String first17 = "N2" + county.code() + body + CreditCode.organizationCheckCharacter(body);
    return new CollectiveOrganization(id, "示例经济联合社", OrganizationLevel.VILLAGE,
        Optional.empty(), new CreditCode(first17 + CreditCode.checkCharacter(first17)), true,
        false, charter);
  }

  /** A community of {@code county} with the given counts. */
  public static Community community(County county, int registered, int resident, int households) {
    return new Community("community", "示例社区", new DivisionCode(county.code() + "100001"),
        "示例镇", registered, resident, households);
  }

  /**
   * A person whose resident id is made up; {@code seq} makes it unique within a dossier.
   *
   * @param organizationId the organization whose membership is in question, or empty
   */
  public static Person person(County county, int seq, String id, LocalDate birthDate, Sex sex,
      String householdId, Optional<String> organizationId, List<String> parentIds,
      boolean registered, boolean resident, List<PersonEvent> events) {
    return new Person(id, residentId(county, birthDate, sex, seq), PersonName.of("陈" + seq), sex,
        birthDate, householdId, organizationId, ImmutableList.copyOf(parentIds), registered,
        resident, ImmutableList.copyOf(events));
  }

  /**
   * A dossier of {@code persons} and {@code organizations} in {@code county} as of {@code asOf},
   * with households made from the persons' household ids (the first person named is the head).
   */
  public static Dossier dossier(County county, LocalDate asOf,
      List<CollectiveOrganization> organizations, List<Person> persons) {
    Map<String, List<String>> households = new LinkedHashMap<>();
    for (Person p : persons) {
      households.computeIfAbsent(p.householdId(), h -> new ArrayList<>()).add(p.id());
    }
    List<Household> homes = new ArrayList<>();
    households.forEach((h, members) -> homes.add(
        new Household(h, members.get(0), ImmutableList.copyOf(members))));
    int registered = (int) persons.stream().filter(Person::registered).count();
    int resident = (int) persons.stream().filter(Person::resident).count();
    return Dossier.builder()
        .asOf(asOf)
        .county(county)
        .community(community(county, registered, resident, homes.size()))
        .addOrganizations(organizations)
        .addPersons(persons)
        .addHouseholds(homes)
        .build();
  }
}
