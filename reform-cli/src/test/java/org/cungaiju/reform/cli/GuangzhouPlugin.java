package org.cungaiju.reform.cli;

import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;

/** A plugin for a county outside Jiangmen, which the registry refuses. */
public class GuangzhouPlugin implements CountyPolicyProvider {
  @Override
  public String id() {
    return "guangzhou";
  }

  @Override
  public String countyCode() {
    return "440103";
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(1, 0);
  }

  @Override
  public String displayName() {
    return "荔湾区";
  }
}
