package org.cungaiju.reform.core.governance;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.governance.SeparationStandard;

/**
 * The 政经分开 check of one dossier on one date under one version of the governance rules.
 *
 * <h2>How a standard's parameters are read</h2>
 *
 * <ul>
 *   <li>Each {@link SeparationFactKind} has a parameter named after it in lower camel case
 *       ({@code SEPARATE_ACCOUNTS} → {@code separateAccounts}) whose value is the one the fact
 *       must have to count as separated; a standard that sets it to the other value (say
 *       {@code separateSeals=false}) does not require the fact. A parameter left out takes the
 *       fact's separating value: the fact is required.
 *   <li>{@code voterRollMayEqualMemberRoll} (default {@code false}) and {@code
 *       concurrentPostsCountAsMixed} (default {@code false}) are read as documented in {@code
 *       docs/governance.md}.
 *   <li>A parameter that is neither {@code true} nor {@code false} is a policy configuration
 *       error naming the policy, version, dimension and parameter.
 * </ul>
 */
final class Separation {

  static final String VOTER_ROLL_MAY_EQUAL_MEMBER_ROLL = "voterRollMayEqualMemberRoll";
  static final String CONCURRENT_POSTS_COUNT_AS_MIXED = "concurrentPostsCountAsMixed";

  /** The dimension each fact bears on. */
  static final ImmutableMap<SeparationFactKind, SeparationDimension> DIMENSION_OF = ImmutableMap.of(
      SeparationFactKind.SEPARATE_DUTY_LISTS, SeparationDimension.ORGANIZATIONAL_FUNCTION,
      SeparationFactKind.SEPARATE_SEALS, SeparationDimension.ORGANIZATIONAL_FUNCTION,
      SeparationFactKind.CADRES_CHOSEN_SEPARATELY, SeparationDimension.CADRE_MANAGEMENT,
      SeparationFactKind.SEPARATE_ACCOUNTS, SeparationDimension.ACCOUNTS_AND_ASSETS,
      SeparationFactKind.PUBLIC_SPENDING_FROM_COLLECTIVE, SeparationDimension.ACCOUNTS_AND_ASSETS,
      SeparationFactKind.SEPARATE_ASSEMBLIES, SeparationDimension.DECISION_MAKING);

  private static final int ADULT = 18;

  private final GovernanceRules rules;
  private final Dossier dossier;
  private final LocalDate date;
  private final Governance governance;
  private final boolean recorded;
  private final MemberRoll members;

  /** The member roll, asked for only when a dimension needs it. */
  interface MemberRoll {
    Set<String> members();
  }

  Separation(GovernanceRules rules, Dossier dossier, LocalDate date, MemberRoll members) {
    this.rules = rules;
    this.dossier = dossier;
    this.date = date;
    this.governance = dossier.governance().orElse(Governance.EMPTY);
    this.recorded = dossier.governance().isPresent();
    this.members = members;
  }

  /** The finding on every dimension, in order. */
  ImmutableList<SeparationFinding> findings() {
    ImmutableList.Builder<SeparationFinding> out = ImmutableList.builder();
    for (SeparationDimension d : SeparationDimension.values()) {
      out.add(finding(d));
    }
    return out.build();
  }

  private SeparationFinding finding(SeparationDimension dimension) {
    Explained<SeparationStandard> standard = rules.separation(dimension);
    if (standard.value().dimension() != dimension) {
      throw new PolicyConfigurationException(policy() + " answered the separation standard for "
          + standard.value().dimension() + " when asked for " + dimension
          + "; accepted: the standard of the dimension asked for");
    }
    Check check = new Check(dimension, standard.value());
    switch (dimension) {
      case VOTER_QUALIFICATION -> voters(check);
      case CADRE_MANAGEMENT -> {
        facts(check);
        cadres(check);
      }
      default -> facts(check);
    }
    SeparationStatus status = check.evidence.status();
    Explanation e = standard.explanation();
    Explanation explanation = new Explanation("governance.separation." + dimension.name(),
        e.policyId(), e.version(), e.source(), ImmutableMap.copyOf(check.inputs),
        ImmutableMap.copyOf(check.parameters),
        status.name().toLowerCase(java.util.Locale.ROOT) + " (" + status.chineseName() + ") on "
            + dimension.chineseName() + " (" + dimension + ")", ImmutableList.of(e));
    return new SeparationFinding(dimension, status, check.evidence.lines(), explanation);
  }

  /** What one dimension's check gathers. */
  private final class Check {
    final SeparationDimension dimension;
    final SeparationStandard standard;
    final Evidence evidence = new Evidence();
    final Map<String, String> inputs = new LinkedHashMap<>();
    final Map<String, String> parameters = new LinkedHashMap<>();

    Check(SeparationDimension dimension, SeparationStandard standard) {
      this.dimension = dimension;
      this.standard = standard;
      inputs.put("date", date.toString());
      inputs.put("governanceSection", recorded ? "recorded" : "absent");
    }

    /** A boolean parameter of the standard, or {@code byDefault} when it is left out. */
    boolean flag(String name, boolean byDefault) {
      String value = standard.parameters().get(name);
      if (value == null) {
        parameters.put(name, byDefault + " (not set; the engine's default)");
        return byDefault;
      }
      if (!value.equals("true") && !value.equals("false")) {
        throw new PolicyConfigurationException(policy() + ": the separation standard for "
            + dimension + " sets " + name + "='" + value + "'; accepted: true or false");
      }
      parameters.put(name, value);
      return Boolean.parseBoolean(value);
    }
  }

  private void facts(Check check) {
    DIMENSION_OF.forEach((kind, dimension) -> {
      if (dimension == check.dimension) {
        fact(check, kind);
      }
    });
  }

  private void fact(Check check, SeparationFactKind kind) {
    String name = CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, kind.name());
    boolean required = check.flag(name, kind.separatedWhenHolds()) == kind.separatedWhenHolds();
    Optional<SeparationFact> fact = governance.fact(kind);
    check.inputs.put("fact." + name, fact.map(f -> String.valueOf(f.holds())).orElse("not recorded"));
    String label = kind.chineseName() + " (" + kind + ")";
    if (fact.isEmpty()) {
      if (required) {
        check.evidence.missing(label + " is not recorded; the standard requires it to "
            + (kind.separatedWhenHolds() ? "hold" : "not hold"));
      }
      return;
    }
    SeparationFact f = fact.get();
    String line = label + (f.holds() ? " holds" : " does not hold") + ": " + f.evidence();
    if (!required) {
      check.evidence.note(line + " (not required by the standard)");
    } else if (f.pointsToSeparation()) {
      check.evidence.separated(line);
    } else {
      check.evidence.mixed(line);
    }
  }

  private void voters(Check check) {
    boolean mayEqual = check.flag(VOTER_ROLL_MAY_EQUAL_MEMBER_ROLL, false);
    List<String> roll = governance.voterRoll();
    check.inputs.put("voterRoll", roll.size() + " persons");
    if (roll.isEmpty()) {
      check.evidence.missing("no residents' committee voter roll (选民名册) is recorded");
      return;
    }
    Set<String> voters = new LinkedHashSet<>(roll);
    Set<String> memberIds = members.members();
    check.inputs.put("memberRoll", memberIds.size() + " members on " + date);
    List<String> notMembers = roll.stream().filter(v -> !memberIds.contains(v)).toList();
    List<String> membersOff = memberIds.stream().filter(m -> !voters.contains(m)).toList();
    check.evidence.note("voter roll: " + voters.size() + " persons; member roll: "
        + memberIds.size() + " members of the collective organizations on " + date
        + " (decided under the membership rules in force)");
    if (voters.equals(memberIds)) {
      String line = "the voter roll is the member roll: the same " + voters.size()
          + " persons (" + Evidence.ids(voters) + ")";
      if (mayEqual) {
        check.evidence.note(line + "; the standard allows it");
      } else {
        check.evidence.mixed(line);
      }
      return;
    }
    List<String> residentsLeftOut = dossier.persons().stream()
        .filter(p -> !memberIds.contains(p.id()) && !voters.contains(p.id()) && isAdultResident(p))
        .map(Person::id).toList();
    check.inputs.put("adultResidentsNotMembersLeftOff", String.valueOf(residentsLeftOut.size()));
    if (notMembers.isEmpty() && !residentsLeftOut.isEmpty()) {
      String line = "every voter is a member, and " + residentsLeftOut.size()
          + " adult residents who are not members are left off the roll ("
          + Evidence.ids(residentsLeftOut) + "): the roll is drawn from the member roll";
      if (mayEqual) {
        check.evidence.note(line + "; the standard allows it");
      } else {
        check.evidence.mixed(line);
      }
      return;
    }
    check.evidence.separated("the voter roll differs from the member roll: "
        + notMembers.size() + " voters are not members"
        + (notMembers.isEmpty() ? "" : " (" + Evidence.ids(notMembers) + ")") + ", "
        + membersOff.size() + " members are not voters"
        + (membersOff.isEmpty() ? "" : " (" + Evidence.ids(membersOff) + ")"));
  }

  private boolean isAdultResident(Person p) {
    return p.resident() && !p.isDeadOn(date) && p.ageOn(date) >= ADULT;
  }

  private void cadres(Check check) {
    boolean countAsMixed = check.flag(CONCURRENT_POSTS_COUNT_AS_MIXED, false);
    if (!recorded) {
      check.evidence.missing("no governance section: the office holders are not recorded");
      return;
    }
    Map<String, List<Appointment>> byPerson = new LinkedHashMap<>();
    governance.appointments().forEach(a ->
        byPerson.computeIfAbsent(a.personId(), p -> new java.util.ArrayList<>()).add(a));
    List<String> both = byPerson.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(a -> a.office().body().isTwoCommittees())
            && e.getValue().stream().anyMatch(a -> !a.office().body().isTwoCommittees()))
        .map(Map.Entry::getKey).collect(Collectors.toList());
    check.inputs.put("holdersInBothBodies", String.valueOf(both.size()));
    if (both.isEmpty()) {
      check.evidence.separated("no one holds offices in both the two committees and a "
          + "collective organization (" + governance.appointments().size() + " appointments)");
      return;
    }
    String line = (both.size() == 1 ? "1 person holds" : both.size() + " persons hold")
        + " offices in both the two committees and a collective organization ("
        + Evidence.ids(both) + ")";
    if (countAsMixed) {
      check.evidence.mixed(line + "; the standard counts concurrent posts as mixing");
    } else {
      check.evidence.note(line + "; the standard does not count concurrent posts chosen by "
          + "each body's own procedure as mixing");
    }
  }

  private String policy() {
    return "policy " + rules.version().policyId() + " governance version "
        + rules.version().id();
  }
}
