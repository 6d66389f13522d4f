package org.cungaiju.reform.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.Sets;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.PolicyFacet;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.cungaiju.reform.spi.share.ShareScheme;
import org.junit.jupiter.api.Test;

/**
 * Every facet is guarded, every method of it reaches the guard, and the municipal default —
 * guarded like any plugin — passes every check.
 */
class GuardCoverageTest {

  private static PluginGuard guardOfTheDefault() {
    return new PluginGuard(MunicipalDefaultPolicy.ID, MunicipalDefaultPolicy.class.getName(),
        "test", County.CITY, GuardSettings.DEFAULT, new CountyHealth());
  }

  private static <F extends PolicyFacet> F guarded(PluginGuard guard, Facet<F> facet) {
    return guard.guard(facet, facet.versionsIn(MunicipalDefaultPolicy.standard()).get(0));
  }

  /** Fails unless {@code type} declares every method of {@code facet}, default ones included. */
  private static void declaresEveryMethodOf(Class<?> type, Class<?> facet) {
    for (Method m : facet.getMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      assertThat(declares(type, m)).as("%s declares %s", type.getSimpleName(), m.getName())
          .isTrue();
    }
  }

  private static boolean declares(Class<?> type, Method m) {
    try {
      type.getDeclaredMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void everyFacetIsGuardedInEveryMethod() {
    PluginGuard guard = guardOfTheDefault();
    for (Facet<?> facet : Facet.all()) {
      PolicyFacet g = guarded(guard, facet);
      assertThat(g).as(facet.id()).isInstanceOf(facet.type());
      assertThat(g.getClass().getPackageName()).isEqualTo(PluginGuard.class.getPackageName());
      declaresEveryMethodOf(g.getClass(), facet.type());
      assertThat(g.version()).isEqualTo(facet.versionsIn(MunicipalDefaultPolicy.standard())
          .get(0).version());
    }
  }

  @Test
  void theQueryAPluginSeesReachesTheEnginesOwnAnswers() {
    declaresEveryMethodOf(GuardedQuery.class, MembershipQuery.class);
  }

  @Test
  void theMunicipalDefaultIsCheckedButNeverRunsUnderTheBudget() {
    AtomicReference<Thread> thread = new AtomicReference<>();
    FaultyPlugin city = FaultyPlugin.of("replacement", County.CITY);
    city.dividend((o, year) -> {
      thread.set(Thread.currentThread());
      return null;
    });
    Dossier d = DossierGenerator.generate(GeneratorOptions.builder().households(1).build());
    try (PolicyRegistry r = PolicyRegistry.builder().municipalDefault(city)
        .decisionTimeBudget(java.time.Duration.ofMinutes(1)).build()) {
      PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
          () -> r.resolve(County.TAISHAN, Facet.DIVIDEND, d.asOf())
              .retention(d.organizations().get(0), 2025));

      assertThat(e.pluginId()).isEqualTo("replacement");
      assertThat(e.kind()).isEqualTo(PluginFaultException.Kind.NULL_ANSWER);
      assertThat(thread.get()).isSameAs(Thread.currentThread());
    }
  }

  /**
   * Every decision of the municipal default on a generated dossier passes the guard, each asked
   * twice to the same answer.
   */
  @Property(tries = 15)
  void theMunicipalDefaultPassesEveryCheck(@ForAll long seed) {
    Dossier d = DossierGenerator.generate(GeneratorOptions.builder().seed(seed).households(5)
        .groups(1).build());
    LocalDate date = d.asOf();
    County county = d.county();
    PolicyRegistry r = PolicyRegistry.builder().sameInputCheck(1).build();

    var decisions = new MembershipEngine(r).decide(d);
    ShareScheme scheme = r.resolve(county, Facet.SHARE_SCHEME, date);
    for (Member m : decisions.decisions()) {
      if (m.isMember()) {
        scheme.weightsOf(d.personsById().get(m.personId()),
            d.organizationsById().get(m.organizationId()), date);
      }
    }
    for (CollectiveOrganization o : d.organizations()) {
      r.resolve(county, Facet.DIVIDEND, date).retention(o, date.getYear());
      r.resolve(county, Facet.LAND, date).parameters(o);
    }
    r.resolve(county, Facet.GRID, date).parameters(d.community());
    for (Person p : d.persons()) {
      r.resolve(county, Facet.ELECTION, date).decide(p, date);
    }
    var governance = r.resolve(county, Facet.GOVERNANCE, date);
    for (Set<Post> posts : Sets.powerSet(EnumSet.allOf(Post.class))) {
      governance.mayHoldTogether(posts);
    }
    for (SeparationDimension dimension : SeparationDimension.values()) {
      governance.separation(dimension);
    }
    for (SchoolLevel level : SchoolLevel.values()) {
      r.resolve(county, Facet.PUBLIC_SERVICE, date).schoolPlacesPerThousand(level);
    }
    assertThat(decisions.decisions()).isNotEmpty();
  }
}
