package org.cungaiju.reform.core.share;

import org.cungaiju.reform.api.Api;

/** Where the register an organization's shares are read from came from. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum RegisterOrigin {
  /** 档案名册: the dossier's register of the organization, as recorded. */
  DOSSIER("档案名册"),
  /** 基准日量化: quantified from the membership decisions and the share scheme. */
  QUANTIFIED("基准日量化"),
  /** 动态调整: quantified anew at a new base date (动态管理: dynamic readjustment). */
  READJUSTED("动态调整");

  private final String chineseName;

  RegisterOrigin(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
