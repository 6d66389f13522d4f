package org.cungaiju.reform.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.guard.PluginFaultException.Kind;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.junit.jupiter.api.Test;

/**
 * The membership engine surfaces a plugin's fault with the person's JSON path, and lets the
 * library's own errors raised while the plugin asked about other persons through unchanged.
 */
class MembershipFaultTest {
  private static final Dossier DOSSIER = DossierGenerator.generate(
      GeneratorOptions.builder().households(6).groups(0).build());
  private static final LocalDate DATE = DOSSIER.asOf();

  /** The first person of the dossier with a parent in their own organization. */
  private static int childIndex() {
    for (int i = 0; i < DOSSIER.persons().size(); i++) {
      Person p = DOSSIER.persons().get(i);
      if (p.organizationId().isPresent() && p.parentIds().stream().anyMatch(id ->
          DOSSIER.personsById().get(id).organizationId().equals(p.organizationId()))) {
        return i;
      }
    }
    throw new IllegalStateException("the generated dossier has no child of a member");
  }

  private static int indexOf(String personId) {
    for (int i = 0; i < DOSSIER.persons().size(); i++) {
      if (DOSSIER.persons().get(i).id().equals(personId)) {
        return i;
      }
    }
    throw new IllegalArgumentException(personId);
  }

  /** Defers to the base rules for everyone but {@code faulty}, for whom it throws. */
  private static FaultyPlugin throwingFor(String faulty) {
    FaultyPlugin p = FaultyPlugin.of("picky", County.XINHUI);
    return p.membership(q -> {
      if (q.person().id().equals(faulty)) {
        throw new UnsupportedOperationException("cannot decide this one");
      }
      return deferred(p, q);
    });
  }

  private static Explained<MembershipStatus> deferred(FaultyPlugin p, MembershipQuery q) {
    Explained<MembershipStatus> base = q.baseDecision();
    return Explained.of(base.value(), p.explain(base.explanation().outcome())
        .withSteps(List.of(base.explanation())));
  }

  private static MembershipEngine engine(FaultyPlugin p) {
    return new MembershipEngine(PolicyRegistry.builder().register(p).build());
  }

  @Test
  void namesThePersonsPathAndId() {
    int child = childIndex();
    Person person = DOSSIER.persons().get(child);

    PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
        () -> engine(throwingFor(person.id())).decide(DOSSIER));

    assertThat(e.kind()).isEqualTo(Kind.THREW);
    assertThat(e.inputPath()).contains("$.persons[" + child + "]");
    assertThat(e.input()).isEqualTo("person " + person.id() + " of organization "
        + person.organizationId().orElseThrow() + " on " + DATE);
    assertThat(e).hasMessageContaining("plugin 'picky'")
        .hasMessageContaining("facet membership version 1950-01-01")
        .hasMessageContaining("$.persons[" + child + "] (person " + person.id())
        .hasMessageContaining("cannot decide this one");
  }

  @Test
  void aFaultDecidingAParentNamesTheParentNotTheChild() {
    Person child = DOSSIER.persons().get(childIndex());
    String parent = child.parentIds().stream()
        .filter(id -> DOSSIER.personsById().get(id).organizationId()
            .equals(child.organizationId()))
        .findFirst().orElseThrow();

    PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
        () -> engine(throwingFor(parent)).decide(DOSSIER, child.id(), DATE));

    assertThat(e.inputPath()).contains("$.persons[" + indexOf(parent) + "]");
    assertThat(e.input()).startsWith("person " + parent + " of organization ")
        .endsWith(" on " + child.birthDate());
  }

  @Test
  void anAnswerExplainedAsTheBaseRulesIsReportedWithThePath() {
    FaultyPlugin p = FaultyPlugin.of("lazy", County.XINHUI).membership(q -> q.baseDecision());

    PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
        () -> engine(p).decide(DOSSIER));

    assertThat(e.kind()).isEqualTo(Kind.INVALID_ANSWER);
    assertThat(e.inputPath()).hasValueSatisfying(path -> assertThat(path).startsWith(
        "$.persons["));
    assertThat(e.problem()).contains("is explained as policy jiangmen-default");
  }

  @Test
  void anErrorTheEngineRaisesInACallbackPassesThroughUnchanged() {
    FaultyPlugin asking = FaultyPlugin.of("asking", County.XINHUI);
    asking.membership(q -> {
      q.statusOn("nobody", q.date());
      return deferred(asking, q);
    });
    FaultyPlugin wrapping = FaultyPlugin.of("wrapping", County.XINHUI);
    wrapping.membership(q -> {
      try {
        q.statusOn("nobody", q.date());
      } catch (InvalidInputException e) {
        throw new IllegalStateException("lookup failed", e);
      }
      return deferred(wrapping, q);
    });

    for (FaultyPlugin p : List.of(asking, wrapping)) {
      assertThatThrownBy(() -> engine(p).decide(DOSSIER))
          .as(p.id())
          .isExactlyInstanceOf(InvalidInputException.class)
          .hasMessageContaining("names no person in the dossier");
    }
  }

  @Test
  void aSoundPluginsDecisionsAreTheEnginesAnswer() {
    FaultyPlugin p = FaultyPlugin.of("sound", County.XINHUI);
    p.membership(q -> deferred(p, q));

    var decisions = engine(p).decide(DOSSIER);

    assertThat(decisions.decisions()).isNotEmpty().allSatisfy(m -> {
      assertThat(m.explanation().policyId()).isEqualTo("sound");
      assertThat(m.explanation().steps()).singleElement()
          .satisfies(step -> assertThat(step.policyId()).isEqualTo("jiangmen-default"));
    });
  }
}
