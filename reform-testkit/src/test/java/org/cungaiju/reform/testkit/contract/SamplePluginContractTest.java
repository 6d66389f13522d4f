package org.cungaiju.reform.testkit.contract;

import org.cungaiju.reform.spi.CountyPolicyProvider;

/** A well-behaved plugin passes the contract. */
class SamplePluginContractTest implements CountyPluginContract {
  @Override
  public Class<? extends CountyPolicyProvider> pluginType() {
    return SamplePlugin.class;
  }
}
