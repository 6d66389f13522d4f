package org.cungaiju.reform.core.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;

/**
 * What a {@link PolicyRegistry} found: every plugin with its location, county, facets and
 * validity windows, every failure, and the counties that are not served because of one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param strict whether the registry was built in strict mode
 * @param plugins every plugin found, the municipal default first, then in loading order
 * @param failures every problem found, in the order found
 * @param failedCounties the counties asking for which raises an error, with the error's message
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RegistryDescription(
    boolean strict,
    ImmutableList<PluginDescription> plugins,
    ImmutableList<LoadFailure> failures,
    ImmutableMap<County, String> failedCounties) {

  /** Copies the lists and map. */
  public RegistryDescription {
    plugins = ImmutableList.copyOf(plugins);
    failures = ImmutableList.copyOf(failures);
    failedCounties = ImmutableMap.copyOf(failedCounties);
  }

  /** Whether any plugin failed. */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }
}
