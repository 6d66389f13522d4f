package org.cungaiju.reform.core.dividend;

import org.cungaiju.reform.api.Api;

/** What became of an organization's distributable income for a year. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum DividendStatus {
  /** 已分配: retained at the rates and the pool paid out by shares, to the fen. */
  DISTRIBUTED("已分配"),
  /** 无可分配收益: the year's income is zero or negative: nothing retained, nothing paid. */
  NO_POSITIVE_INCOME("无可分配收益"),
  /** 无财务数据: the dossier has no figures for the organization and year. */
  NO_FIGURES("无财务数据"),
  /**
   * 无股份: the income is positive but the register holds no shares to pay it out by: nothing
   * retained, nothing paid, the income left undistributed until there is a register.
   */
  NO_SHARES("无股份");

  private final String chineseName;

  DividendStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
