package org.cungaiju.reform.api.governance;

import org.cungaiju.reform.api.Api;

/**
 * An office in one of the three bodies of a village-to-residence community: the community's
 * Party organization (社区党组织), its residents' committee (社区居委会) and a collective
 * economic organization (集体经济组织).
 *
 * <p>The Party organization and the residents' committee are the two committees (两委). The
 * three leading offices — {@link #PARTY_SECRETARY}, {@link #RESIDENTS_COMMITTEE_DIRECTOR} and
 * {@link #COLLECTIVE_HEAD} — are the ones the plan's measure 8 encourages one person to hold
 * together (一肩挑); each is held by one person at a time (the collective head by one person
 * per organization).
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Office {
  /** 社区党组织书记: secretary of the community's Party organization. */
  PARTY_SECRETARY("社区党组织书记", Body.PARTY_ORGANIZATION, true),
  /** 社区党组织委员: member of the Party organization's committee. */
  PARTY_COMMITTEE_MEMBER("社区党组织委员", Body.PARTY_ORGANIZATION, false),
  /** 社区居委会主任: director of the residents' committee. */
  RESIDENTS_COMMITTEE_DIRECTOR("社区居委会主任", Body.RESIDENTS_COMMITTEE, true),
  /** 社区居委会委员: member of the residents' committee. */
  RESIDENTS_COMMITTEE_MEMBER("社区居委会委员", Body.RESIDENTS_COMMITTEE, false),
  /** 集体经济组织负责人 (理事长、社长): head of a collective economic organization. */
  COLLECTIVE_HEAD("集体经济组织负责人", Body.COLLECTIVE_ORGANIZATION, true),
  /** 集体经济组织理事会成员: member of a collective organization's board. */
  COLLECTIVE_BOARD_MEMBER("集体经济组织理事", Body.COLLECTIVE_ORGANIZATION, false),
  /** 集体经济组织监事会成员: supervisor of a collective organization. */
  COLLECTIVE_SUPERVISOR("集体经济组织监事", Body.COLLECTIVE_ORGANIZATION, false);

  /** The body an office belongs to. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum Body {
    /** 社区党组织: the community's Party organization, one of the two committees. */
    PARTY_ORGANIZATION("社区党组织"),
    /** 社区居委会: the residents' committee, one of the two committees. */
    RESIDENTS_COMMITTEE("社区居委会"),
    /** 集体经济组织: a collective economic organization, named by the appointment. */
    COLLECTIVE_ORGANIZATION("集体经济组织");

    private final String chineseName;

    Body(String chineseName) {
      this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
      return chineseName;
    }

    /** Whether the body is one of the two committees (两委). */
    public boolean isTwoCommittees() {
      return this != COLLECTIVE_ORGANIZATION;
    }
  }

  private final String chineseName;
  private final Body body;
  private final boolean leading;

  Office(String chineseName, Body body, boolean leading) {
    this.chineseName = chineseName;
    this.body = body;
    this.leading = leading;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }

  /** The body the office belongs to. */
  public Body body() {
    return body;
  }

  /** Whether the office leads its body and is held by one person at a time. */
  public boolean isLeading() {
    return leading;
  }
}
