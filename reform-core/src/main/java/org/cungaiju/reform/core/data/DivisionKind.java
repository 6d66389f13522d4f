package org.cungaiju.reform.core.data;

import java.util.Arrays;
import java.util.Optional;
import org.cungaiju.reform.api.Api;

/** The kind of a county-level or prefecture-level division, as its Chinese name ends. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum DivisionKind {
  /** 地级市: a prefecture-level city, such as 江门市. */
  PREFECTURE_CITY("地级市"),
  /** 区: a district of a city, such as 新会区. */
  DISTRICT("区"),
  /** 县级市: a county-level city, such as 台山市. */
  COUNTY_CITY("县级市"),
  /** 县: a county, such as the former 新会县. */
  COUNTY("县");

  private final String chineseName;

  DivisionKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the kind, such as {@code 县级市}. */
  public String chineseName() {
    return chineseName;
  }

  /** The kind whose Chinese name is {@code text}, if any. */
  public static Optional<DivisionKind> fromChineseName(String text) {
    return Arrays.stream(values()).filter(k -> k.chineseName.equals(text)).findFirst();
  }
}
