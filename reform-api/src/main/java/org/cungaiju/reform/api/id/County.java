package org.cungaiju.reform.api.id;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * Jiangmen (江门市) and its seven county-level units (县(市、区)), by GB/T 2260 code.
 *
 * <p>This is a closed set: {@link #of(String)} refuses any other code. {@link #CITY} (440700)
 * stands for the city itself, whose municipal default policy applies wherever a county has no
 * rule of its own.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum County {
  /** 440700 江门市, the city. */
  CITY("440700", "江门市", "Jiangmen"),
  /** 440703 蓬江区. */
  PENGJIANG("440703", "蓬江区", "Pengjiang"),
  /** 440704 江海区. */
  JIANGHAI("440704", "江海区", "Jianghai"),
  /** 440705 新会区. */
  XINHUI("440705", "新会区", "Xinhui"),
  /** 440781 台山市. */
  TAISHAN("440781", "台山市", "Taishan"),
  /** 440783 开平市. */
  KAIPING("440783", "开平市", "Kaiping"),
  /** 440784 鹤山市. */
  HESHAN("440784", "鹤山市", "Heshan"),
  /** 440785 恩平市. */
  ENPING("440785", "恩平市", "Enping");

  private final String code;
  private final String chineseName;
  private final String englishName;

  County(String code, String chineseName, String englishName) {
    this.code = code;
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * The county with this six-digit code.
   *
   * @throws InvalidInputException if the code is not one of Jiangmen's eight
   */
  public static County of(String code) {
    return Arrays.stream(values())
        .filter(c -> c.code.equals(code))
        .findFirst()
        .orElseThrow(() -> InvalidInputException.of("county", code,
            "is not Jiangmen or one of its counties",
            Arrays.stream(values()).map(c -> c.code + " " + c.chineseName)
                .collect(Collectors.joining(", "))));
  }

  /** The county of a division code (its first six digits). */
  public static County of(DivisionCode code) {
    return of(code.county().value());
  }

  /** The six-digit GB/T 2260 code, such as {@code "440705"}. */
  public String code() {
    return code;
  }

  /** The division code. */
  public DivisionCode divisionCode() {
    return new DivisionCode(code);
  }

  /** The Chinese name, such as {@code 新会区}. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name, such as {@code Xinhui}. */
  public String englishName() {
    return englishName;
  }

  /** Whether this is one of the seven counties rather than the city. */
  public boolean isCounty() {
    return this != CITY;
  }
}
