package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.value.Weight;

/**
 * The governance, land and public-services sections of a generated dossier.
 *
 * <ul>
 *   <li>Governance: a voter roll of the resident adults who are registered or hold a residence
 *       permit (one community in ten draws it from the registered members instead, which the
 *       政经分开 check reports as mixed); a Party secretary from the registered Party members
 *       who, in most communities, also directs the residents' committee and heads the
 *       village-level organization (一肩挑); committee members (often a non-hukou Party member
 *       among them), a head for each group, board members and supervisors; and most of the
 *       separation facts, a few of them pointing to mixing.
 *   <li>Land: the village-level organization's expropriated and realized retained land, some
 *       groups' too, and a few households applying to withdraw from their homestead.
 *   <li>Services: the school places available at each stage, around what the resident
 *       population needs under the municipal default.
 * </ul>
 *
 * <p>Everything named exists in the dossier, and the sections pass its checks.
 */
final class Sections {

  private static final int ADULT = 18;

  private Sections() {}

  static Governance governance(Dice dice, List<Person> persons, LocalDate asOf,
      List<CollectiveOrganization> organizations) {
    List<Person> adults = persons.stream()
        .filter(p -> p.resident() && !p.isDeadOn(asOf) && p.ageOn(asOf) >= ADULT).toList();
    boolean fromMembers = dice.percent(10);
    List<String> voters = adults.stream()
        .filter(p -> fromMembers ? p.registered() && p.organizationId().isPresent()
            : p.registered() || p.firstEvent(PersonEventType.RESIDENCE_PERMIT, asOf).isPresent())
        .map(Person::id).toList();

    List<Person> registeredPartyMembers = adults.stream()
        .filter(p -> p.registered() && isPartyMember(p, asOf) && p.ageOn(asOf) <= 60).toList();
    List<Person> registered = adults.stream().filter(Person::registered).toList();
    List<Appointment> appointments = new ArrayList<>();
    Set<String> taken = new LinkedHashSet<>();
    if (!registered.isEmpty()) {
      Person secretary = pick(dice, registeredPartyMembers.isEmpty() ? registered
          : registeredPartyMembers, taken);
      appointments.add(Appointment.of(secretary.id(), Office.PARTY_SECRETARY));
      // the plan encourages the secretary to hold all three leading posts (一肩挑)
      boolean concurrent = dice.percent(85);
      Person director = concurrent ? secretary : pick(dice, registered, taken);
      appointments.add(Appointment.of(director.id(), Office.RESIDENTS_COMMITTEE_DIRECTOR));
      Person villageHead = concurrent ? secretary : pick(dice, registered, taken);
      appointments.add(Appointment.of(villageHead.id(), Office.COLLECTIVE_HEAD,
          Organizations.VILLAGE_ID));
      for (int i = 0; i < 3 && taken.size() < registered.size(); i++) {
        appointments.add(Appointment.of(pick(dice, registered, taken).id(),
            Office.PARTY_COMMITTEE_MEMBER));
      }
      for (int i = 0; i < 3 && taken.size() < registered.size(); i++) {
        appointments.add(Appointment.of(pick(dice, registered, taken).id(),
            Office.RESIDENTS_COMMITTEE_MEMBER));
      }
      // the pilot of measure 10: a non-hukou Party member on the residents' committee
      adults.stream().filter(p -> !p.registered() && isPartyMember(p, asOf)).findFirst()
          .filter(p -> dice.percent(75))
          .ifPresent(p -> appointments.add(Appointment.of(p.id(),
              Office.RESIDENTS_COMMITTEE_MEMBER)));
      for (CollectiveOrganization o : organizations) {
        List<Person> members = registered.stream()
            .filter(p -> p.organizationId().equals(Optional.of(o.id()))).toList();
        if (o.level() == OrganizationLevel.GROUP && !members.isEmpty()) {
          appointments.add(Appointment.of(pick(dice, members, taken).id(),
              Office.COLLECTIVE_HEAD, o.id()));
        }
      }
      for (int i = 0; i < 2 && taken.size() < registered.size(); i++) {
        appointments.add(Appointment.of(pick(dice, registered, taken).id(),
            Office.COLLECTIVE_BOARD_MEMBER, Organizations.VILLAGE_ID));
      }
      for (int i = 0; i < 2 && taken.size() < registered.size(); i++) {
        appointments.add(Appointment.of(pick(dice, registered, taken).id(),
            Office.COLLECTIVE_SUPERVISOR, Organizations.VILLAGE_ID));
      }
    }
    return new Governance(ImmutableList.copyOf(voters), ImmutableList.copyOf(appointments),
        facts(dice));
  }

  private static boolean isPartyMember(Person p, LocalDate asOf) {
    return p.firstEvent(PersonEventType.PARTY_MEMBERSHIP, asOf).isPresent();
  }

  /** One of {@code from} not yet holding an office, marked as holding one now. */
  private static Person pick(Dice dice, List<Person> from, Set<String> taken) {
    List<Person> free = from.stream().filter(p -> !taken.contains(p.id())).toList();
    Person p = dice.pick(free.isEmpty() ? from : free);
    taken.add(p.id());
    return p;
  }

  private static ImmutableList<SeparationFact> facts(Dice dice) {
    Map<SeparationFactKind, String[]> evidence = new LinkedHashMap<>();
    evidence.put(SeparationFactKind.SEPARATE_DUTY_LISTS,
        new String[] {"居委会与经联社权责事项清单分别印发", "尚未制定分设的权责事项清单"});
    evidence.put(SeparationFactKind.SEPARATE_SEALS,
        new String[] {"居委会与经联社印章分别保管、分别登记使用", "经联社事务使用居委会印章"});
    evidence.put(SeparationFactKind.CADRES_CHOSEN_SEPARATELY,
        new String[] {"居委会由居民会议选举，经联社理事会由成员大会选举",
            "经联社理事由居委会指派"});
    evidence.put(SeparationFactKind.SEPARATE_ACCOUNTS,
        new String[] {"社区与经联社分设银行账户，由街道三资平台分别记账", "社区与经联社共用一个账户"});
    evidence.put(SeparationFactKind.PUBLIC_SPENDING_FROM_COLLECTIVE,
        new String[] {"社区保洁、治安开支由经联社收益支付", "社区公共开支由区财政全额拨付"});
    evidence.put(SeparationFactKind.SEPARATE_ASSEMBLIES,
        new String[] {"居民会议与成员大会分别召开，记录分册", "居民会议与成员大会合并召开"});
    ImmutableList.Builder<SeparationFact> out = ImmutableList.builder();
    evidence.forEach((kind, texts) -> {
      if (dice.percent(90)) {
        boolean separated = dice.percent(kind.separatedWhenHolds() ? 85 : 75);
        boolean holds = separated == kind.separatedWhenHolds();
        out.add(new SeparationFact(kind, holds, texts[holds ? 0 : 1]));
      }
    });
    return out.build();
  }

  static Land land(Dice dice, List<CollectiveOrganization> organizations,
      List<Household> households, List<Person> persons, LocalDate asOf) {
    List<RetainedLand> retained = new ArrayList<>();
    for (CollectiveOrganization o : organizations) {
      boolean village = o.level() == OrganizationLevel.VILLAGE;
      if (village || dice.percent(40)) {
        long expropriated = village ? dice.between(2_000_000L, 40_000_000L)
            : dice.between(200_000L, 5_000_000L);
        // realized as a share of the 10% entitlement: mostly part of it, rarely beyond it
        long realized = expropriated / 10 * dice.between(0, dice.percent(5) ? 120 : 95) / 100;
        retained.add(new RetainedLand(o.id(), hundredths(expropriated), hundredths(realized)));
      }
    }
    Map<String, Person> byId = new LinkedHashMap<>();
    persons.forEach(p -> byId.put(p.id(), p));
    List<HomesteadWithdrawal> withdrawals = new ArrayList<>();
    int applications = Math.min(dice.between(0, 6), households.size());
    Set<String> applied = new LinkedHashSet<>();
    for (int i = 0; i < applications; i++) {
      Household h = dice.pick(households);
      Person head = byId.get(h.headId());
      if (!head.registered() || !applied.add(h.id())) {
        continue;
      }
      withdrawals.add(new HomesteadWithdrawal(Ids.of("w", withdrawals.size() + 1, 2), h.id(),
          head.organizationId().orElse(Organizations.VILLAGE_ID),
          Weight.of(BigDecimal.valueOf(dice.between(600, 2500), 1)),
          dice.day(asOf.minusYears(2), asOf)));
    }
    return new Land(ImmutableList.copyOf(retained), ImmutableList.copyOf(withdrawals));
  }

  private static Weight hundredths(long n) {
    return Weight.of(BigDecimal.valueOf(n, 2));
  }

  static PublicServices services(Dice dice, int residents) {
    int[] perThousand = {40, 80, 40};
    ImmutableList.Builder<SchoolPlaces> out = ImmutableList.builder();
    SchoolStage[] stages = SchoolStage.values();
    for (int i = 0; i < stages.length; i++) {
      long needed = ((long) residents * perThousand[i] + 999) / 1000;
      out.add(new SchoolPlaces(stages[i], (int) (needed * dice.between(70, 120) / 100)));
    }
    return new PublicServices(out.build());
  }
}
