package org.cungaiju.reform.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.guard.PluginFaultException.Kind;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.junit.jupiter.api.Test;

/**
 * The sampled same-input check: off by default; with {@code sameInputCheck(n)} one decision in
 * {@code n}, the first included, is asked twice and two different answers are a fault.
 */
class SameInputCheckTest {
  private static final Dossier DOSSIER = DossierGenerator.generate(
      GeneratorOptions.builder().households(5).groups(0).build());
  private static final LocalDate DATE = DOSSIER.asOf();
  private static final CollectiveOrganization ORG = DOSSIER.organizations().get(0);

  /** Answers 10%, 20%, 10%, … as it is called: the clock or a counter deciding. */
  private static FaultyPlugin flaky(AtomicInteger calls) {
    FaultyPlugin p = FaultyPlugin.of("flaky", County.KAIPING);
    return p.dividend((o, year) -> p.explained(RetentionRates.of(
        Rate.ofPercent(calls.incrementAndGet() % 2 == 1 ? 10 : 20), Rate.ZERO)));
  }

  private static DividendRules dividend(PolicyRegistry.Builder builder) {
    return builder.build().resolve(County.KAIPING, Facet.DIVIDEND, DATE);
  }

  @Test
  void isOffByDefault() {
    AtomicInteger calls = new AtomicInteger();
    DividendRules rules = dividend(PolicyRegistry.builder().register(flaky(calls)));

    Rate first = rules.retention(ORG, 2025).value().reserveFund();
    Rate second = rules.retention(ORG, 2025).value().reserveFund();

    assertThat(calls).as("calls into the plugin").hasValue(2);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void checkingEveryDecisionCatchesAPluginThatAnswersDifferently() {
    DividendRules rules = dividend(PolicyRegistry.builder().sameInputCheck(1)
        .register(flaky(new AtomicInteger())));

    PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
        () -> rules.retention(ORG, 2025));

    assertThat(e.kind()).isEqualTo(Kind.NOT_DETERMINISTIC);
    assertThat(e.pluginId()).isEqualTo("flaky");
    assertThat(e.input()).isEqualTo("organization " + ORG.id() + ", year 2025");
    assertThat(e.problem()).contains("answered differently for the same input")
        .contains("answered differently for the same input: RetentionRates[reserveFund=0.1")
        .contains(") then RetentionRates[reserveFund=0.2");
  }

  @Test
  void asksOneDecisionInNTwiceStartingWithTheFirst() {
    AtomicInteger calls = new AtomicInteger();
    FaultyPlugin steady = FaultyPlugin.of("steady", County.KAIPING);
    steady.dividend((o, year) -> {
      calls.incrementAndGet();
      return steady.explained(RetentionRates.of(Rate.ofPercent(10), Rate.ZERO));
    });
    DividendRules rules = dividend(PolicyRegistry.builder().sameInputCheck(3).register(steady));

    for (int i = 0; i < 7; i++) {
      rules.retention(ORG, 2025);
    }

    assertThat(calls).as("7 decisions, of which the 1st, 4th and 7th asked twice").hasValue(10);
  }

  @Test
  void theSameValueExplainedDifferentlyIsAFaultToo() {
    AtomicInteger calls = new AtomicInteger();
    FaultyPlugin chatty = FaultyPlugin.of("chatty", County.KAIPING);
    chatty.dividend((o, year) -> Explained.of(RetentionRates.of(Rate.ofPercent(10), Rate.ZERO),
        chatty.explain("call " + calls.incrementAndGet())));
    DividendRules rules = dividend(PolicyRegistry.builder().sameInputCheck(1).register(chatty));

    PluginFaultException e = catchThrowableOfType(PluginFaultException.class,
        () -> rules.retention(ORG, 2025));

    assertThat(e.kind()).isEqualTo(Kind.NOT_DETERMINISTIC);
    assertThat(e.problem()).contains("both times, explained differently (call 1 then call 2)");
  }

  @Test
  void aDeterministicMembershipPluginPassesEvenWhenItAsksAboutParents() {
    FaultyPlugin p = FaultyPlugin.of("deferring", County.XINHUI);
    p.membership(q -> {
      Explained<MembershipStatus> base = q.baseDecision();
      return Explained.of(base.value(), p.explain(base.explanation().outcome())
          .withSteps(List.of(base.explanation())));
    });

    var unchecked = new MembershipEngine(PolicyRegistry.builder().register(p).build())
        .decide(DOSSIER);
    var checked = new MembershipEngine(PolicyRegistry.builder().register(p).sameInputCheck(1)
        .build()).decide(DOSSIER);

    assertThat(checked).isEqualTo(unchecked);
  }
}
