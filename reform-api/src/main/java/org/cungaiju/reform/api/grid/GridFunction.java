package org.cungaiju.reform.api.grid;

import org.cungaiju.reform.api.Api;

/** The functions one grid carries under 多网合一 (one grid, many functions). */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum GridFunction {
  /** 社会保障. */
  SOCIAL_SECURITY("社会保障"),
  /** 综合治理. */
  COMPREHENSIVE_GOVERNANCE("综合治理"),
  /** 应急管理. */
  EMERGENCY_MANAGEMENT("应急管理"),
  /** 社会救助. */
  SOCIAL_ASSISTANCE("社会救助"),
  /** 重大疫情防控. */
  EPIDEMIC_PREVENTION("重大疫情防控");

  private final String chineseName;

  GridFunction(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
