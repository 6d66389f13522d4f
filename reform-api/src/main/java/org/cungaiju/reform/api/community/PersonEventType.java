package org.cungaiju.reform.api.community;

import org.cungaiju.reform.api.Api;

/**
 * The kinds of dated fact about a person that membership, share, election and governance rules
 * read. Policies decide what each means; the type only names it.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum PersonEventType {
  /** 户籍迁入: household registration moved into the community. */
  HUKOU_IN("户籍迁入"),
  /** 户籍迁出: household registration moved out. */
  HUKOU_OUT("户籍迁出"),
  /** 婚入: married into a member's household. */
  MARRIAGE_IN("婚入"),
  /** 婚出 (外嫁): married out of the community. */
  MARRIAGE_OUT("婚出"),
  /** 收养: adopted by a member. */
  ADOPTION("收养"),
  /** 移民安置: resettled into the collective by the government. */
  RESETTLEMENT("移民安置"),
  /** 升学: left to study. */
  STUDY("升学"),
  /** 服兵役: entered military service. */
  ARMY_SERVICE("服兵役"),
  /** 外出务工: left for migrant work. */
  MIGRANT_WORK("外出务工"),
  /** 经商: went into business. */
  BUSINESS("经商"),
  /** 离婚: divorced. */
  DIVORCE("离婚"),
  /** 丧偶: widowed. */
  WIDOWHOOD("丧偶"),
  /** 服刑: imprisoned. */
  IMPRISONMENT("服刑"),
  /** 死亡: died. */
  DEATH("死亡"),
  /** 丧失中华人民共和国国籍: lost Chinese nationality. */
  NATIONALITY_LOST("丧失国籍"),
  /** 取得其他农村集体经济组织成员身份: became a member of another collective. */
  MEMBER_ELSEWHERE("取得其他集体经济组织成员身份"),
  /** 录用为公务员 (not by contract): became a civil servant. */
  CIVIL_SERVANT("录用为公务员"),
  /** 聘任制公务员: became a civil servant by contract. */
  CONTRACT_CIVIL_SERVANT("聘任制公务员"),
  /** 书面自愿退出 (经同意): voluntarily withdrew, with the organization's approval. */
  VOLUNTARY_WITHDRAWAL("自愿退出"),
  /** 章程规定的丧失情形: a ground for loss set out in the charter. */
  CHARTER_GROUND("章程规定丧失情形"),
  /** 成员大会决议接纳: admitted by a decision of the members' assembly. */
  ASSEMBLY_ADMISSION("成员大会决议接纳"),
  /** 开始从事农业生产: started farming (for farm-age shares). */
  FARMING_START("开始务农"),
  /** 停止从事农业生产: stopped farming. */
  FARMING_END("停止务农"),
  /** 开始参加集体劳动: started collective labour (for labour-age shares). */
  LABOUR_START("开始参加集体劳动"),
  /** 停止参加集体劳动: stopped collective labour. */
  LABOUR_END("停止参加集体劳动"),
  /** 开始在本社区居住: started living in the community. */
  RESIDENCE_START("开始在本社区居住"),
  /** 取得居住证: obtained a residence permit. */
  RESIDENCE_PERMIT("取得居住证"),
  /** 入党: joined the Communist Party of China. */
  PARTY_MEMBERSHIP("入党"),
  /** 纳入失信惩戒对象: placed under credit discipline. */
  CREDIT_DISCIPLINE("纳入失信惩戒对象"),
  /** 移出失信惩戒对象: credit discipline lifted. */
  CREDIT_DISCIPLINE_LIFTED("移出失信惩戒对象"),
  /** 受到刑事处罚: convicted of a crime. */
  CRIMINAL_CONVICTION("受到刑事处罚");

  private final String chineseName;

  PersonEventType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the event. */
  public String chineseName() {
    return chineseName;
  }
}
