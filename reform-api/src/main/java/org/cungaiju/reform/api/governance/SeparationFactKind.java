package org.cungaiju.reform.api.governance;

import org.cungaiju.reform.api.Api;

/**
 * The facts about a community's organizations that the 政经分开 check reads, each on one of
 * the five dimensions the plan's measure 8 names. Whether a fact holding means separated or
 * mixed is said by {@link #separatedWhenHolds()}; what the county requires is its governance
 * rules' business.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum SeparationFactKind {
  /**
   * 权责事项清单分设: the residents' committee and the collective organization each have their
   * own list of duties (organizational function).
   */
  SEPARATE_DUTY_LISTS("权责事项清单分设", true),
  /**
   * 印章分设: each organization acts under its own seal, never the other's (organizational
   * function).
   */
  SEPARATE_SEALS("印章分设", true),
  /**
   * 干部分别依法定程序产生: the cadres of each organization are chosen by that organization's
   * own procedure (election by residents, election by members) (cadre management).
   */
  CADRES_CHOSEN_SEPARATELY("干部分别依法定程序产生", true),
  /**
   * 账户分设、分别核算: separate bank accounts and books for the community and the collective
   * (accounts and assets).
   */
  SEPARATE_ACCOUNTS("账户分设、分别核算", true),
  /**
   * 社区公共开支由集体经济组织承担: the community's public spending is paid from the
   * collective's income (accounts and assets); holding means mixed.
   */
  PUBLIC_SPENDING_FROM_COLLECTIVE("社区公共开支由集体经济组织承担", false),
  /**
   * 居民会议与成员大会分别议事决策: the residents' assembly and the members' assembly
   * deliberate and decide separately (decision-making).
   */
  SEPARATE_ASSEMBLIES("居民会议与成员大会分别议事决策", true);

  private final String chineseName;
  private final boolean separatedWhenHolds;

  SeparationFactKind(String chineseName, boolean separatedWhenHolds) {
    this.chineseName = chineseName;
    this.separatedWhenHolds = separatedWhenHolds;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the fact holding points to separation (true) or to mixing (false). */
  public boolean separatedWhenHolds() {
    return separatedWhenHolds;
  }
}
