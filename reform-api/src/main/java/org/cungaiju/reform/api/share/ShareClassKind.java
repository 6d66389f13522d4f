package org.cungaiju.reform.api.share;

import org.cungaiju.reform.api.Api;

/** The kinds of share class a share scheme (股权设置) may set up. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum ShareClassKind {
  /** 人口股: per person. */
  POPULATION("人口股"),
  /** 农龄股: per year of farm age. */
  FARM_AGE("农龄股"),
  /** 劳龄股: per year of labour age. */
  LABOUR_AGE("劳龄股"),
  /** 贡献股: for contribution. */
  CONTRIBUTION("贡献股"),
  /** 集体股: held by the organization itself. */
  COLLECTIVE("集体股"),
  /** A class a policy defines for itself. */
  CUSTOM("自定义股");

  private final String chineseName;

  ShareClassKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
