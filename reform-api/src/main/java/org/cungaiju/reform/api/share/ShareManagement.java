package org.cungaiju.reform.api.share;

import org.cungaiju.reform.api.Api;

/** How an organization manages its shares after quantification. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum ShareManagement {
  /**
   * 股权固化 (生不增、死不减): shares are fixed at the base date; on a death they pass within
   * the household; births bring no new shares.
   */
  STATIC("股权固化"),
  /** 动态管理: the register is periodically quantified anew at a new base date. */
  DYNAMIC("动态管理");

  private final String chineseName;

  ShareManagement(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
