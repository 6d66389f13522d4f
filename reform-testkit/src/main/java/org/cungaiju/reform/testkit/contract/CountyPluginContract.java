package org.cungaiju.reform.testkit.contract;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.spi.CountyPolicyProvider;

/**
 * The contract every county policy plugin must pass. A county team's test class implements
 * this interface and names its provider class; the properties below run the plugin through the
 * <em>real</em> registry, found by {@link java.util.ServiceLoader} as in production:
 *
 * <pre>{@code
 * class XinhuiPolicyContractTest implements CountyPluginContract {
 *   @Override
 *   public Class<? extends CountyPolicyProvider> pluginType() {
 *     return XinhuiPolicy.class;
 *   }
 * }
 * }</pre>
 *
 * <h2>What it checks</h2>
 *
 * <ul>
 *   <li>the plugin is discoverable by {@code ServiceLoader} on the test class path;
 *   <li>the registry loads it without failure: a valid id, a county of Jiangmen, a supported
 *       SPI version, facets that load without throwing;
 *   <li>no two versions of a facet overlap;
 *   <li>on generated dossiers (valid by construction) and on a date inside each version, every
 *       decision of every facet the plugin offers never throws, never returns {@code null},
 *       answers the same twice, and is explained by the plugin and that version; share weights
 *       are given for exactly the scheme's non-collective classes and never negative; retention
 *       rates are in [0, 1] and add up to at most 1; grid bounds are consistent (min ≤ max,
 *       and no fewer residents allowed than households required); the retained-land ratio is
 *       in [0, 1]; and every other check of the registry's run-time guard.
 * </ul>
 *
 * <p>The decisions are asked through the registry's run-time guard ({@code
 * org.cungaiju.reform.core.guard}) with its same-input check on for every decision, so the
 * contract and the guard apply the same checks from the same code: a plugin that passes the
 * contract is not refused at run time for a reason the contract could have found.
 *
 * <p>Every failure message names the plugin, facet, version, date and seed, and says what to
 * fix. Override a property to change its number of tries, keeping the annotation.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public interface CountyPluginContract {

  /** The plugin's provider class, as registered for {@link java.util.ServiceLoader}. */
  Class<? extends CountyPolicyProvider> pluginType();

  /** The plugin is found by {@link java.util.ServiceLoader} on the test class path. */
  @Example
  default void isDiscoverableByServiceLoader() {
    ContractRunner.of(pluginType()).isDiscoverable();
  }

  /** The registry loads the plugin without failure; its id and county are valid. */
  @Example
  default void loadsWithAValidIdAndAJiangmenCounty() {
    ContractRunner.of(pluginType()).loadsWithoutFailures();
  }

  /** No two versions of one facet overlap. */
  @Example
  default void hasNoOverlappingVersions() {
    ContractRunner.of(pluginType()).hasNoOverlappingVersions();
  }

  /**
   * Every facet version decides generated input without throwing, deterministically, within
   * range and with an explanation naming the plugin and the version.
   */
  @Property(tries = 100)
  default void decidesGeneratedInputDeterministicallyAndExplained(@ForAll long seed) {
    ContractRunner.of(pluginType()).decidesEveryFacet(seed);
  }
}
