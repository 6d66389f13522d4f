package org.cungaiju.reform.spi.service;

import org.cungaiju.reform.api.Api;

/** The levels of basic education the public-service standards plan places for. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum SchoolLevel {
  /** 幼儿园. */
  KINDERGARTEN("幼儿园"),
  /** 小学. */
  PRIMARY("小学"),
  /** 初中. */
  JUNIOR_MIDDLE("初中");

  private final String chineseName;

  SchoolLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
