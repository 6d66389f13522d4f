package org.cungaiju.reform.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract fails, with a message saying what to fix, where a plugin breaks it. */
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
  void failsAPluginThatServiceLoaderCannotFind() {
    assertThatThrownBy(() -> ContractRunner.of(MunicipalDefaultPolicy.class).isDiscoverable())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("is not found by ServiceLoader")
        .hasMessageContaining("META-INF/services/org.cungaiju.reform.spi.CountyPolicyProvider");
  }
}
