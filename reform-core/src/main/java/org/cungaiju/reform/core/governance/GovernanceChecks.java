package org.cungaiju.reform.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.Post;

/**
 * The governance checks of a community (the plan's measures 8 and 10), under the governance and
 * election rules in force for the dossier's county on the date.
 *
 * <h2>What is checked</h2>
 *
 * <ul>
 *   <li><b>政经分开</b> on each of the five dimensions: voter qualification (the residents'
 *       committee voter roll against the member roll the membership engine decides), and
 *       organizational function, cadre management, accounts and assets and decision-making
 *       (the facts the dossier's governance section records, and who holds offices in both the
 *       two committees and a collective organization). Each dimension is {@link
 *       SeparationStatus#SEPARATED separated}, {@link SeparationStatus#MIXED mixed} or, when a
 *       fact the standard requires is not recorded, {@link SeparationStatus#NOT_ASSESSED not
 *       assessed} — never guessed. {@code docs/governance.md} says what each dimension reads.
 *   <li><b>一肩挑</b>: for every person holding an office, the leading posts held and whether
 *       the county's governance rules allow one person to hold them together.
 *   <li><b>Two-committee eligibility</b> of every non-hukou adult (not registered in the
 *       community, 18 or older on the date, as the Organic Law of Urban Residents' Committees
 *       requires of anyone standing) who lives in the community or already holds an office of
 *       the two committees, under the county's election rules, with every condition met and
 *       unmet. Persons who died on or before the date are not considered.
 * </ul>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The date is explicit: the dossier's {@code asOf} unless another is given; never the
 *       wall clock. The same dossier and date always give the same report.
 *   <li>Every result carries an explanation naming the policy and version that decided it.
 *   <li>A faulty policy (one that throws, answers {@code null} or breaks its facet's rules) is
 *       reported by the registry's guard as a {@link
 *       org.cungaiju.reform.core.guard.PluginFaultException} naming the plugin, facet, version
 *       and input; a separation standard for another dimension, or with a parameter that is
 *       neither {@code true} nor {@code false}, as a {@link
 *       org.cungaiju.reform.api.error.PolicyConfigurationException}. Nothing is silently
 *       replaced.
 * </ul>
 *
 * <p>Stateless between calls; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class GovernanceChecks {

  private static final ImmutableMap<Office, Post> LEADING = ImmutableMap.of(
      Office.PARTY_SECRETARY, Post.PARTY_SECRETARY,
      Office.RESIDENTS_COMMITTEE_DIRECTOR, Post.RESIDENTS_COMMITTEE_DIRECTOR,
      Office.COLLECTIVE_HEAD, Post.COLLECTIVE_HEAD);

  /** The age from which a resident may vote and stand for the residents' committee. */
  private static final int ADULT = 18;

  private final PolicyRegistry registry;

  /** Checks under the policies of {@code registry}. */
  public GovernanceChecks(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /** Every check of {@code dossier} as of its {@code asOf}. */
  public GovernanceReport check(Dossier dossier) {
    return check(dossier, dossier.asOf());
  }

  /** Every check of {@code dossier} as of {@code date}. */
  public GovernanceReport check(Dossier dossier, LocalDate date) {
    return new GovernanceReport(dossier.community().id(), dossier.county(), date,
        separation(dossier, date), officeHolders(dossier, date), candidates(dossier, date));
  }

  /** The 政经分开 finding on each of the five dimensions, in order. */
  public ImmutableList<SeparationFinding> separation(Dossier dossier, LocalDate date) {
    GovernanceRules rules = registry.resolve(dossier.county(), Facet.GOVERNANCE, date);
    return new Separation(rules, dossier, date, () -> memberRoll(dossier, date)).findings();
  }

  /** The ids of every member of the dossier's organizations on {@code date}, in dossier order. */
  private Set<String> memberRoll(Dossier dossier, LocalDate date) {
    return new MembershipEngine(registry).decide(dossier, date).decisions().stream()
        .filter(Member::isMember).map(Member::personId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Every person holding an office, in the order first appointed, with the 一肩挑 decision
   * about the leading posts they hold.
   */
  public ImmutableList<OfficeHolder> officeHolders(Dossier dossier, LocalDate date) {
    Governance g = dossier.governance().orElse(Governance.EMPTY);
    if (g.appointments().isEmpty()) {
      return ImmutableList.of();
    }
    GovernanceRules rules = registry.resolve(dossier.county(), Facet.GOVERNANCE, date);
    Map<String, List<Appointment>> byPerson = new LinkedHashMap<>();
    g.appointments().forEach(a ->
        byPerson.computeIfAbsent(a.personId(), p -> new ArrayList<>()).add(a));
    ImmutableList.Builder<OfficeHolder> out = ImmutableList.builder();
    byPerson.forEach((person, appointments) -> out.add(holder(rules, person, appointments)));
    return out.build();
  }

  private static OfficeHolder holder(GovernanceRules rules, String person,
      List<Appointment> appointments) {
    Set<Post> leading = EnumSet.noneOf(Post.class);
    appointments.forEach(a -> {
      Post post = LEADING.get(a.office());
      if (post != null) {
        leading.add(post);
      }
    });
    String offices = appointments.stream()
        .map(a -> a.office() + a.organizationId().map(o -> "@" + o).orElse(""))
        .collect(Collectors.joining(", "));
    if (leading.size() < 2) {
      Map<String, String> inputs = new LinkedHashMap<>();
      inputs.put("person", person);
      inputs.put("offices", offices);
      return new OfficeHolder(person, ImmutableList.copyOf(appointments),
          ImmutableSet.copyOf(leading), true, rules.version().explain(
              "governance.concurrentPosts.single", "", inputs, Map.of(),
              "allowed: holds " + (leading.isEmpty() ? "no leading post" : "one leading post")
                  + ", so there is nothing to hold together"));
    }
    Set<Post> asked = Sets.immutableEnumSet(leading);
    Explained<Boolean> decision = rules.mayHoldTogether(asked);
    return new OfficeHolder(person, ImmutableList.copyOf(appointments), ImmutableSet.copyOf(asked),
        decision.value(), decision.explanation());
  }

  /**
   * The two-committee eligibility of every non-hukou adult who lives in the community or
   * holds an office of the two committees, in the dossier's order.
   */
  public ImmutableList<NonHukouCandidate> candidates(Dossier dossier, LocalDate date) {
    Set<String> twoCommittees = dossier.governance().orElse(Governance.EMPTY).appointments()
        .stream().filter(a -> a.office().body().isTwoCommittees()).map(Appointment::personId)
        .collect(Collectors.toSet());
    List<Person> considered = dossier.persons().stream()
        .filter(p -> !p.registered() && !p.isDeadOn(date) && p.ageOn(date) >= ADULT
            && (p.resident() || twoCommittees.contains(p.id())))
        .toList();
    if (considered.isEmpty()) {
      return ImmutableList.of();
    }
    ElectionEligibility rules = registry.resolve(dossier.county(), Facet.ELECTION, date);
    ImmutableList.Builder<NonHukouCandidate> out = ImmutableList.builder();
    for (Person p : considered) {
      Explained<Eligibility> decision = rules.decide(p, date);
      out.add(new NonHukouCandidate(p.id(), twoCommittees.contains(p.id()), decision.value(),
          decision.explanation()));
    }
    return out.build();
  }
}
