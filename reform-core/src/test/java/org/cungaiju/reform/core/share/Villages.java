package org.cungaiju.reform.core.share;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.fixtures.TestIds;

/**
 * Small hand-made dossiers for the share and dividend tests: a village and its groups, persons
 * registered in the community from birth (founding members under the municipal default unless
 * their parents are in the organization), households as given.
 */
public final class Villages {

  private final LocalDate asOf;
  private final List<CollectiveOrganization> organizations = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final Map<String, List<String>> households = new LinkedHashMap<>();
  private final List<ShareRegister> registers = new ArrayList<>();
  private final List<FinancialYear> finances = new ArrayList<>();
  private int serial = 100;

  private Villages(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** A dossier being built, true on {@code asOf}. */
  public static Villages asOf(String asOf) {
    return new Villages(LocalDate.parse(asOf));
  }

  /** A charter with these parts; null for an absent one. */
  public static Charter charter(ShareManagement management, String baseDate, String reserve,
      String welfare, Long totalShares) {
    return new Charter(Optional.ofNullable(reserve).map(Rate::parse),
        Optional.ofNullable(welfare).map(Rate::parse), management,
        Optional.ofNullable(baseDate).map(LocalDate::parse), Optional.ofNullable(totalShares));
  }

  /** Adds a group-level organization with {@code charter}. */
  public Villages organization(String id, Charter charter) {
    String body = String.format("%08d", 10_000_000 + organizations.size());
    String first17 = "N1440705" + body + CreditCode.organizationCheckCharacter(body);
    organizations.add(new CollectiveOrganization(id, "示例第" + (organizations.size() + 1)
        + "经济合作社", OrganizationLevel.GROUP, Optional.empty(),
        new CreditCode(first17 + CreditCode.checkCharacter(first17)), true, false, charter));
    return this;
  }

  /** Adds a person of {@code organization} (null for none) in {@code household}. */
  public Villages person(String id, String birth, String household, String organization,
      List<String> parents, PersonEvent... events) {
    LocalDate born = LocalDate.parse(birth);
    Sex sex = serial % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    ResidentId rid = TestIds.residentId("440705", born, serial++);
    persons.add(new Person(id, rid, PersonName.of("陈" + id), sex, born, household,
        Optional.ofNullable(organization), ImmutableList.copyOf(parents), true, true,
        ImmutableList.copyOf(events)));
    households.computeIfAbsent(household, k -> new ArrayList<>()).add(id);
    return this;
  }

  /** Adds a register. */
  public Villages register(ShareRegister register) {
    registers.add(register);
    return this;
  }

  /** Adds a year's distributable income, such as {@code "1000.00"}. */
  public Villages income(String organization, int year, String income) {
    finances.add(new FinancialYear(organization, year, Money.parse(income)));
    return this;
  }

  /** A death on {@code date}. */
  public static PersonEvent died(String date) {
    return PersonEvent.of(PersonEventType.DEATH, LocalDate.parse(date));
  }

  /** The dossier. */
  public Dossier build() {
    List<Household> homes = new ArrayList<>();
    households.forEach((id, members) -> homes.add(new Household(id, members.get(0),
        ImmutableList.copyOf(members))));
    return Dossier.builder()
        .asOf(asOf)
        .county(County.XINHUI)
        .community(new Community("c1", "示例社区", new DivisionCode("440705100001"), "示例镇",
            persons.size(), persons.size(), homes.size()))
        .addOrganizations(organizations)
        .addPersons(persons)
        .addHouseholds(homes)
        .addRegisters(registers)
        .addFinances(finances)
        .build();
  }
}
