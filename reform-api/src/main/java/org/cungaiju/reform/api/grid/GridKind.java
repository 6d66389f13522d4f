package org.cungaiju.reform.api.grid;

import org.cungaiju.reform.api.Api;

/** Comprehensive or dedicated. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum GridKind {
  /** 综合网格: drawn by the grid planner from the community's units. */
  COMPREHENSIVE("综合网格"),
  /** 专属网格: declared for a school, park, enterprise or the like. */
  DEDICATED("专属网格");

  private final String chineseName;

  GridKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
