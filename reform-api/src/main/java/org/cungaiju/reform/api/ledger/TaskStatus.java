package org.cungaiju.reform.api.ledger;

import org.cungaiju.reform.api.Api;

/** The status a ledger entry records for a task. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum TaskStatus {
  /** 未开始. */
  NOT_STARTED("未开始"),
  /** 推进中. */
  IN_PROGRESS("推进中"),
  /** 已完成. */
  DONE("已完成"),
  /** 受阻. */
  BLOCKED("受阻");

  private final String chineseName;

  TaskStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
