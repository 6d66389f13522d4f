package org.cungaiju.reform.api.membership;

import org.cungaiju.reform.api.Api;

/** The outcome of a membership decision. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum MembershipStatus {
  /** 成员: a member of the organization. */
  MEMBER("成员"),
  /** 非成员: not a member. */
  NOT_MEMBER("非成员"),
  /** 待成员大会决定: the rules leave it to a decision of the members' assembly. */
  PENDING("待成员大会决定");

  private final String chineseName;

  MembershipStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the status. */
  public String chineseName() {
    return chineseName;
  }
}
