package org.cungaiju.reform.core.governance;

import org.cungaiju.reform.api.Api;

/** What the 政经分开 check found on one dimension. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum SeparationStatus {
  /** 分开: every fact the county's standard requires is recorded and points to separation. */
  SEPARATED("分开"),
  /** 混同: at least one fact or finding points to mixing, whatever else is missing. */
  MIXED("混同"),
  /** 无法判断: nothing points to mixing, but a fact the standard requires is not recorded. */
  NOT_ASSESSED("无法判断");

  private final String chineseName;

  SeparationStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
