package org.cungaiju.reform.api.grid;

import org.cungaiju.reform.api.Api;

/** Full-time or part-time grid worker. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum WorkerRole {
  /** 专职网格员. */
  FULL_TIME("专职网格员"),
  /** 兼职网格员. */
  PART_TIME("兼职网格员");

  private final String chineseName;

  WorkerRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
