package org.cungaiju.reform.api.service;

import org.cungaiju.reform.api.Api;

/**
 * The stages (学段) of basic education school places are counted for; the public-service
 * standards of a county policy give places per 1,000 residents for each.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum SchoolStage {
  /** 幼儿园. */
  KINDERGARTEN("幼儿园"),
  /** 小学. */
  PRIMARY("小学"),
  /** 初中. */
  JUNIOR_MIDDLE("初中");

  private final String chineseName;

  SchoolStage(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
