package org.cungaiju.reform.core.membership;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;

/**
 * The membership engine (成员资格认定): decides every person of a dossier as of a date under
 * the membership rules in force for the dossier's county on that date.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every person with an organization gets one {@link Member} decision with the
 *       explanation the policy gave: rule, policy, version, clause, inputs and parameters.
 *   <li>A question about another person on another date (a parent on the day of a birth) is
 *       decided under the version in force on <em>that</em> date, once, and remembered for the
 *       rest of the call.
 *   <li>The date is explicit: the dossier's {@code asOf} unless another is given; never the
 *       wall clock. The same dossier and date always give the same decisions.
 *   <li>A policy that throws, answers {@code null}, answers with another policy's explanation,
 *       overruns the registry's time budget or (with the registry's same-input check) answers
 *       differently for the same person, is reported as a {@link PluginFaultException} naming
 *       the plugin, version and person, by id and by JSON path ({@code $.persons[17]});
 *       nothing is silently replaced. The registry's facets are guarded, so the engine needs
 *       no checks of its own.
 * </ul>
 *
 * <p>Stateless between calls; immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class MembershipEngine {

  private final PolicyRegistry registry;

  /** An engine deciding under the policies of {@code registry}. */
  public MembershipEngine(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /** Every person of {@code dossier}, decided as of its {@code asOf}. */
  public MembershipDecisions decide(Dossier dossier) {
    return decide(dossier, dossier.asOf());
  }

  /** Every person of {@code dossier}, decided as of {@code date}. */
  public MembershipDecisions decide(Dossier dossier, LocalDate date) {
    Session session = new Session(dossier);
    ImmutableList.Builder<Member> decisions = ImmutableList.builder();
    ImmutableList.Builder<String> without = ImmutableList.builder();
    for (Person p : dossier.persons()) {
      if (p.organizationId().isEmpty()) {
        without.add(p.id());
      } else {
        decisions.add(session.member(p, date));
      }
    }
    return new MembershipDecisions(date, decisions.build(), without.build());
  }

  /**
   * One person of {@code dossier}, decided as of {@code date}.
   *
   * @throws InvalidInputException if the person is not in the dossier or has no organization
   */
  public Member decide(Dossier dossier, String personId, LocalDate date) {
    Session session = new Session(dossier);
    return session.member(session.person(personId), date);
  }

  private record Key(String personId, LocalDate date) {}

  /** One call's memory: decisions made so far, and the questions still open. */
  private final class Session {
    private final Dossier dossier;
    private final County county;
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, CollectiveOrganization> organizations;
    // concurrent: a decision abandoned for overrunning the time budget may still be writing
    // here from its worker while the caller unwinds
    private final Map<Key, Explained<MembershipStatus>> decided = new ConcurrentHashMap<>();
    private final Set<Key> open = ConcurrentHashMap.newKeySet();

    Session(Dossier dossier) {
      this.dossier = dossier;
      this.county = dossier.county();
      for (int i = 0; i < dossier.persons().size(); i++) {
        Person p = dossier.persons().get(i);
        persons.put(p.id(), p);
        index.put(p.id(), i);
      }
      this.organizations = dossier.organizationsById();
    }

    Person person(String id) {
      Person p = persons.get(id);
      if (p == null) {
        throw InvalidInputException.of("personId", id, "names no person in the dossier",
            "the id of a person listed in persons");
      }
      return p;
    }

    Member member(Person p, LocalDate date) {
      Explained<MembershipStatus> d = decide(p, date);
      return new Member(p.id(), p.organizationId().orElseThrow(), d.value(), date,
          d.explanation());
    }

    Explained<MembershipStatus> decide(Person p, LocalDate date) {
      String at = "$.persons[" + index.get(p.id()) + "]";
      CollectiveOrganization org = p.organizationId().map(organizations::get).orElseThrow(
          () -> InvalidInputException.of(at + ".organizationId", p.id(),
              "has no organization, so no membership is in question",
              "a person with an organizationId"));
      Key key = new Key(p.id(), date);
      Explained<MembershipStatus> done = decided.get(key);
      if (done != null) {
        return done;
      }
      if (!open.add(key)) {
        throw InvalidInputException.of(at + ".parentIds", p.id(),
            "goes round in a circle: the person is their own ancestor",
            "parents that are not the person's descendants");
      }
      try {
        MembershipRules rules = registry.resolve(county, Facet.MEMBERSHIP, date);
        Explained<MembershipStatus> result = rules.decide(new Query(this, p, org, date));
        decided.put(key, result);
        return result;
      } finally {
        open.remove(key);
      }
    }
  }

  /** What a policy is asked, answered from the session. */
  private final class Query implements MembershipQuery {
    private final Session session;
    private final Person person;
    private final CollectiveOrganization organization;
    private final LocalDate date;
    private Explained<MembershipStatus> base;

    Query(Session session, Person person, CollectiveOrganization organization, LocalDate date) {
      this.session = session;
      this.person = person;
      this.organization = organization;
      this.date = date;
    }

    @Override
    public Person person() {
      return person;
    }

    @Override
    public CollectiveOrganization organization() {
      return organization;
    }

    @Override
    public LocalDate date() {
      return date;
    }

    @Override
    public Dossier dossier() {
      return session.dossier;
    }

    @Override
    public Optional<Person> personById(String personId) {
      return Optional.ofNullable(session.persons.get(personId));
    }

    @Override
    public MembershipStatus statusOn(String personId, LocalDate on) {
      return session.decide(session.person(personId), on).value();
    }

    @Override
    public Explained<MembershipStatus> baseDecision() {
      if (base == null) {
        MembershipRules rules = registry.resolve(County.CITY, Facet.MEMBERSHIP, date);
        base = rules.decide(this);
      }
      return base;
    }
  }
}
