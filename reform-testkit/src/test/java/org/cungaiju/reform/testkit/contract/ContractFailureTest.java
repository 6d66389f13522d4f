package org.cungaiju.reform.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.guard.PluginFaultException;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The contract fails, with a message saying what to fix, where a plugin breaks it; and the
 * registry's guard refuses the same plugin at run time for the same reason.
 */
class ContractFailureTest {

  @Test
  void failsAPluginThatAnswersDifferentlyForTheSameInput() {
    assertThatThrownBy(() -> ContractRunner.of(FlakyPlugin.class).decidesEveryFacet(7))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("plugin 'flaky' facet dividend version 2024-01-01")
        .hasMessageContaining("answered differently for the same input")
        .hasMessageContaining("seed 7");
  }

  @Test
  void theGuardWithTheSameInputCheckRefusesTheSamePluginAtRunTime() {
    Dossier d = ContractDossiers.generate(County.KAIPING, LocalDate.of(2024, 6, 1), 7);
    PolicyRegistry registry = PolicyRegistry.builder().register(new FlakyPlugin())
        .sameInputCheck(1).build();

    assertThatThrownBy(() -> registry.resolve(County.KAIPING, Facet.DIVIDEND, d.asOf())
        .retention(d.organizations().get(0), 2024))
        .isInstanceOf(PluginFaultException.class)
        .hasMessageContaining("plugin 'flaky'")
        .hasMessageContaining("answered differently for the same input");
  }

  @Test
  void failsAPluginThatWeighsAClassItsSchemeLacksAsTheGuardDoes() {
    long seed = 11;
    AssertionFailedError contract = catchThrowableOfType(AssertionFailedError.class,
        () -> ContractRunner.of(StrayClassPlugin.class).decidesEveryFacet(seed));

    Dossier d = ContractDossiers.generate(County.HESHAN, LocalDate.of(2024, 1, 1), seed);
    Person someone = d.persons().get(0);
    PluginFaultException atRunTime = catchThrowableOfType(PluginFaultException.class,
        () -> PolicyRegistry.builder().register(new StrayClassPlugin()).build()
            .resolve(County.HESHAN, Facet.SHARE_SCHEME, d.asOf())
            .weightsOf(someone, d.organizations().get(0), d.asOf()));

    assertThat(contract).hasMessageContaining("plugin 'stray' facet shareScheme version 2024-01-01")
        .hasMessageContaining("seed " + seed)
        .hasMessageContaining("naming classes the scheme lacks [bonus]")
        .hasMessageContaining(atRunTime.problem());
  }

  @Test
  void failsAPluginThatServiceLoaderCannotFind() {
    assertThatThrownBy(() -> ContractRunner.of(MunicipalDefaultPolicy.class).isDiscoverable())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("is not found by ServiceLoader")
        .hasMessageContaining("META-INF/services/org.cungaiju.reform.spi.CountyPolicyProvider");
  }
}
