package org.cungaiju.reform.api.grid;

import org.cungaiju.reform.api.Api;

/** The kinds of dedicated grid (专属网格) a community may declare. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum DedicatedGridKind {
  /** 学校. */
  SCHOOL("学校"),
  /** 公园. */
  PARK("公园"),
  /** 企业 (an enterprise or industrial park). */
  ENTERPRISE("企业"),
  /** 医院. */
  HOSPITAL("医院"),
  /** 市场. */
  MARKET("市场"),
  /** 其他. */
  OTHER("其他");

  private final String chineseName;

  DedicatedGridKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
