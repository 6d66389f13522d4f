package org.cungaiju.reform.spi.governance;

import org.cungaiju.reform.api.Api;

/** The posts of a village-to-residence community that one person may hold together (一肩挑). */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Post {
  /** 社区党组织书记: secretary of the community's Party organization. */
  PARTY_SECRETARY("社区党组织书记"),
  /** 社区居委会主任: director of the residents' committee. */
  RESIDENTS_COMMITTEE_DIRECTOR("社区居委会主任"),
  /** 集体经济组织负责人: head of the collective economic organization. */
  COLLECTIVE_HEAD("集体经济组织负责人");

  private final String chineseName;

  Post(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
