package org.cungaiju.reform.core.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;

/**
 * The membership rules of the Rural Collective Economic Organizations Law (农村集体经济组织法)
 * arts. 11–18, read from a person's events in date order.
 *
 * <p>Acquisition: born to a member of the organization (a parent in the same organization who
 * was a member on the day of the birth); a founding member (household registration in the
 * community from birth, no parent listed in the organization); marriage in, adoption or
 * resettlement, unless a member elsewhere by then; admission by the members' assembly. Loss:
 * death, loss of nationality, membership elsewhere, becoming a civil servant other than by
 * contract, approved voluntary withdrawal, a ground in the charter. Kept through study, army
 * service, migrant work, business, divorce, widowhood, imprisonment, becoming a contract civil
 * servant, marrying out (while not a member elsewhere) and moving the household registration
 * out. A person with household registration here but no ground to be a member is left to the
 * members' assembly (PENDING); anyone else is not a member.
 *
 * <p>The rules are the same in every version; the clauses they cite are the version's.
 */
final class DefaultMembershipRules implements MembershipRules {

  private static final Set<PersonEventType> JOINING = EnumSet.of(PersonEventType.MARRIAGE_IN,
      PersonEventType.ADOPTION, PersonEventType.RESETTLEMENT);
  private static final Set<PersonEventType> LOSING = EnumSet.of(PersonEventType.NATIONALITY_LOST,
      PersonEventType.MEMBER_ELSEWHERE, PersonEventType.CIVIL_SERVANT,
      PersonEventType.VOLUNTARY_WITHDRAWAL, PersonEventType.CHARTER_GROUND);
  private static final Set<PersonEventType> KEEPING = EnumSet.of(PersonEventType.STUDY,
      PersonEventType.ARMY_SERVICE, PersonEventType.MIGRANT_WORK, PersonEventType.BUSINESS,
      PersonEventType.DIVORCE, PersonEventType.WIDOWHOOD, PersonEventType.IMPRISONMENT,
      PersonEventType.CONTRACT_CIVIL_SERVANT, PersonEventType.MARRIAGE_OUT,
      PersonEventType.HUKOU_OUT);
  private static final ImmutableMap<String, String> PARAMETERS = ImmutableMap.of(
      "acquiredBy", "birth to a member, founding, " + names(JOINING) + ", ASSEMBLY_ADMISSION",
      "lostBy", "DEATH, " + names(LOSING),
      "keptThrough", names(KEEPING));

  private final FacetVersion version;
  private final ImmutableMap<String, String> clauses;

  /**
   * Rules citing {@code clauses} by rule id ({@code birth}, {@code founding}, …); a rule not
   * listed cites the version's document as a whole.
   */
  DefaultMembershipRules(FacetVersion version, Map<String, String> clauses) {
    this.version = requireNonNull(version, "version");
    this.clauses = ImmutableMap.copyOf(clauses);
  }

  @Override
  public FacetVersion version() {
    return version;
  }

  @Override
  public Explained<MembershipStatus> decide(MembershipQuery query) {
    Person person = query.person();
    LocalDate date = query.date();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("person", person.id());
    inputs.put("organization", query.organization().id());
    inputs.put("date", date.toString());
    if (person.birthDate().isAfter(date)) {
      return decided(MembershipStatus.NOT_MEMBER, "notBorn", inputs, "not a member: not born yet");
    }

    String basis = null;
    LocalDate since = null;
    List<String> parentsHere = new ArrayList<>();
    for (String parentId : person.parentIds()) {
      Optional<Person> parent = query.personById(parentId);
      if (parent.isPresent() && parent.get().organizationId().equals(Optional.of(
          query.organization().id()))) {
        MembershipStatus atBirth = query.statusOn(parentId, person.birthDate());
        parentsHere.add(parentId + " " + atBirth);
        if (atBirth == MembershipStatus.MEMBER && basis == null) {
          basis = "birth";
          since = person.birthDate();
        }
      }
    }
    inputs.put("parentsInOrganizationAtBirth",
        parentsHere.isEmpty() ? "none" : String.join(", ", parentsHere));
    boolean hukouFromBirth = hukouFromBirth(person);
    inputs.put("hukouFromBirth", String.valueOf(hukouFromBirth));
    if (basis == null && hukouFromBirth && parentsHere.isEmpty()) {
      basis = "founding";
      since = person.birthDate();
    }

    boolean member = basis != null;
    String lost = null;
    String refusedJoin = null;
    boolean elsewhere = false;
    boolean hukouIn = false;
    boolean dead = false;
    List<PersonEvent> kept = new ArrayList<>();
    List<String> read = new ArrayList<>();
    for (PersonEvent e : person.eventsUntil(date)) {
      read.add(e.type() + " " + e.date());
      PersonEventType t = e.type();
      if (t == PersonEventType.DEATH) {
        dead = true;
        if (member) {
          lost = "death";
          member = false;
        }
        break;
      } else if (JOINING.contains(t)) {
        if (!member && elsewhere) {
          refusedJoin = t + " " + e.date();
        } else if (!member) {
          member = true;
          basis = ruleOf(t);
          since = e.date();
          lost = null;
        }
      } else if (t == PersonEventType.ASSEMBLY_ADMISSION) {
        if (!member) {
          member = true;
          basis = "assemblyAdmission";
          since = e.date();
          lost = null;
          elsewhere = false;
        }
      } else if (LOSING.contains(t)) {
        elsewhere |= t == PersonEventType.MEMBER_ELSEWHERE;
        if (member) {
          member = false;
          lost = ruleOf(t);
          kept.clear();
        }
      } else if (t == PersonEventType.HUKOU_IN && !member) {
        hukouIn = true;
      } else if (KEEPING.contains(t) && member) {
        kept.add(e);
      }
    }
    inputs.put("events", read.isEmpty() ? "none" : String.join(", ", read));
    if (basis != null) {
      inputs.put("basis", basis + " " + since);
    }

    if (member) {
      if (!kept.isEmpty()) {
        PersonEvent last = kept.get(kept.size() - 1);
        String rule = last.type() == PersonEventType.CONTRACT_CIVIL_SERVANT ? "keptContract"
            : "kept";
        inputs.put("keptThrough", kept.stream().map(e -> e.type() + " " + e.date())
            .collect(Collectors.joining(", ")));
        return decided(MembershipStatus.MEMBER, rule, inputs, "member by " + basis
            + "; membership is not lost by " + kept.stream().map(e -> e.type().chineseName())
                .distinct().collect(Collectors.joining("、")));
      }
      return decided(MembershipStatus.MEMBER, basis, inputs, "member by " + basis);
    }
    if (lost != null) {
      return decided(MembershipStatus.NOT_MEMBER, lost, inputs, "not a member: lost by " + lost);
    }
    if (dead) {
      return decided(MembershipStatus.NOT_MEMBER, "death", inputs, "not a member: died");
    }
    if (refusedJoin != null) {
      return decided(MembershipStatus.NOT_MEMBER, "joinedWhileMemberElsewhere", inputs,
          "not a member: " + refusedJoin + " while a member of another collective");
    }
    if (hukouIn || (hukouFromBirth && !parentsHere.isEmpty())) {
      return decided(MembershipStatus.PENDING, "pendingAssembly", inputs,
          "left to the members' assembly: household registration here without a ground "
              + "the rules decide");
    }
    return decided(MembershipStatus.NOT_MEMBER, "noBasis", inputs,
        "not a member: no ground to be one");
  }

  /** Household registration here from birth: registered (or moved out) and never moved in first. */
  private static boolean hukouFromBirth(Person person) {
    Optional<PersonEvent> first = person.events().stream()
        .filter(e -> e.type() == PersonEventType.HUKOU_IN || e.type() == PersonEventType.HUKOU_OUT)
        .findFirst();
    if (first.isPresent()) {
      return first.get().type() == PersonEventType.HUKOU_OUT;
    }
    return person.registered();
  }

  private Explained<MembershipStatus> decided(
      MembershipStatus status, String rule, Map<String, String> inputs, String outcome) {
    return Explained.of(status, version.explain("membership." + rule,
        clauses.getOrDefault(rule, ""), inputs, PARAMETERS, outcome));
  }

  private static String ruleOf(PersonEventType t) {
    return switch (t) {
      case MARRIAGE_IN -> "marriage";
      case ADOPTION -> "adoption";
      case RESETTLEMENT -> "resettlement";
      case NATIONALITY_LOST -> "nationalityLost";
      case MEMBER_ELSEWHERE -> "memberElsewhere";
      case CIVIL_SERVANT -> "civilServant";
      case VOLUNTARY_WITHDRAWAL -> "voluntaryWithdrawal";
      case CHARTER_GROUND -> "charterGround";
      default -> throw new IllegalArgumentException("not a joining or losing event: " + t);
    };
  }

  private static String names(Set<PersonEventType> types) {
    return types.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
