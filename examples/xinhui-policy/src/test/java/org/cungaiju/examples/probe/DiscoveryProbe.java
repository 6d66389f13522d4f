package org.cungaiju.examples.probe;

import org.cungaiju.reform.core.registry.PluginDescription;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.CountyPolicyProvider;

/**
 * Run in a JVM of its own by {@link PluginDiscoveryIT}: prints each plugin the registry finds,
 * and whether the provider class lives in a named module.
 */
public final class DiscoveryProbe {
  private DiscoveryProbe() {}

  /** Prints {@code plugin <id> module=<name or unnamed> failed=<bool>} per plugin found. */
  public static void main(String[] args) {
    PolicyRegistry registry = PolicyRegistry.load();
    for (PluginDescription p : registry.describe().plugins()) {
      String module = "unknown";
      for (CountyPolicyProvider provider : java.util.ServiceLoader.load(
          CountyPolicyProvider.class)) {
        if (provider.getClass().getName().equals(p.providerClass())) {
          Module m = provider.getClass().getModule();
          module = m.isNamed() ? m.getName() : "unnamed";
        }
      }
      System.out.println("plugin " + p.id() + " module=" + module + " failed=" + p.failed());
    }
  }
}
