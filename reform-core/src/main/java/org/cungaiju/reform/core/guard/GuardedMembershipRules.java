package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;

/** Membership rules, guarded: a status with an explanation of this version, for every person. */
record GuardedMembershipRules(MembershipRules plugin, FacetVersion version, PluginGuard guard)
    implements MembershipRules {

  @Override
  public Explained<MembershipStatus> decide(MembershipQuery query) {
    GuardedQuery q = new GuardedQuery(requireNonNull(query, "query"));
    return guard.decide(Facet.MEMBERSHIP, version, new PersonInput(query),
        MembershipStatus.class, () -> plugin.decide(q), Check.none(), q);
  }

  /** The person asked about, with their place in the dossier: {@code $.persons[17]}. */
  private record PersonInput(MembershipQuery query) implements Input {
    @Override
    public String describe() {
      return "person " + query.person().id() + " of organization " + query.organization().id()
          + " on " + query.date();
    }

    @Override
    public String path() {
      List<Person> persons = query.dossier().persons();
      String id = query.person().id();
      for (int i = 0; i < persons.size(); i++) {
        if (persons.get(i).id().equals(id)) {
          return "$.persons[" + i + "]";
        }
      }
      return null;
    }
  }
}
