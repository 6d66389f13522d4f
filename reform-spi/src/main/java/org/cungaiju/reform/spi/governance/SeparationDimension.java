package org.cungaiju.reform.spi.governance;

import org.cungaiju.reform.api.Api;

/** The five dimensions of 政经分开 that the plan's measure 8 names. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum SeparationDimension {
  /** 选民资格: who may vote for the residents' committee versus who is a member. */
  VOTER_QUALIFICATION("选民资格"),
  /** 组织功能: the functions of the residents' committee versus the collective. */
  ORGANIZATIONAL_FUNCTION("组织功能"),
  /** 干部管理: how the cadres of each are chosen and managed. */
  CADRE_MANAGEMENT("干部管理"),
  /** 账目资产: separate accounts and assets. */
  ACCOUNTS_AND_ASSETS("账目资产"),
  /** 议事决策: separate deliberation and decision-making. */
  DECISION_MAKING("议事决策");

  private final String chineseName;

  SeparationDimension(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
