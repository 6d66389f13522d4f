package org.cungaiju.reform.api.community;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;

/** The level of a rural collective economic organization, from the town down to the group. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum OrganizationLevel {
  /** 乡镇级: a town-level organization, registered as {@code N3}. */
  TOWN("乡镇级集体经济组织", RegistrationType.TOWN_COLLECTIVE),
  /** 村级: a village-level organization (经济联合社), registered as {@code N2}. */
  VILLAGE("经济联合社", RegistrationType.VILLAGE_COLLECTIVE),
  /** 组级: a group-level organization (经济合作社), registered as {@code N1}. */
  GROUP("经济合作社", RegistrationType.GROUP_COLLECTIVE);

  private final String chineseName;
  private final RegistrationType registrationType;

  OrganizationLevel(String chineseName, RegistrationType registrationType) {
    this.chineseName = chineseName;
    this.registrationType = registrationType;
  }

  /** The usual Chinese name of an organization at this level. */
  public String chineseName() {
    return chineseName;
  }

  /** The credit-code type an organization at this level is registered under. */
  public RegistrationType registrationType() {
    return registrationType;
  }

  /** The level directly above, whose organization may be a parent of this one's. */
  public boolean isDirectlyBelow(OrganizationLevel other) {
    return ordinal() == other.ordinal() + 1;
  }
}
