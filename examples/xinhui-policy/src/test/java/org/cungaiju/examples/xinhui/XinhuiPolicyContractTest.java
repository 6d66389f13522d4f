package org.cungaiju.examples.xinhui;

import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.testkit.contract.CountyPluginContract;

/** The plugin passes the county plugin contract, run through the real registry. */
class XinhuiPolicyContractTest implements CountyPluginContract {
  @Override
  public Class<? extends CountyPolicyProvider> pluginType() {
    return XinhuiPolicy.class;
  }
}
