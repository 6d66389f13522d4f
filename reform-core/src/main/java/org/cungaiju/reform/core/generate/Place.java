package org.cungaiju.reform.core.generate;

import java.util.List;
import org.cungaiju.reform.api.id.DivisionCode;

/**
 * Where the fictional community lies: its 12-digit code (a street's 001–099 in digits 7–9, a
 * residents' committee's 001–199 in digits 10–12) and its names, made of common place-name
 * characters of the Pearl River Delta.
 *
 * @param code the community's 12-digit code
 * @param shortName the village's name, such as {@code 葵湾}
 * @param town the street it belongs to, such as {@code 东华街道}
 */
record Place(DivisionCode code, String shortName, String town) {
  private static final String FIRST = "葵榕莲桂梅榄竹柑荔茶";
  private static final String SECOND = "湾岗洲塘坑围滘涌溪坊";
  private static final String TOWN_FIRST = "东西南北新和康乐兴安";
  private static final String TOWN_SECOND = "湖城江华平宁盛源";

  static Place draw(Dice dice, GeneratorOptions options) {
    DivisionCode code = options.communityCode().orElseGet(() -> new DivisionCode(
        options.county().code() + Ids.of("", dice.between(1, 20), 3)
            + Ids.of("", dice.between(1, 80), 3)));
    String shortName = "" + pick(dice, FIRST) + pick(dice, SECOND);
    // the street's name follows from its code, so communities of one street share it
    int street = Integer.parseInt(code.value().substring(6, 9));
    String town = "" + TOWN_FIRST.charAt(street % TOWN_FIRST.length())
        + TOWN_SECOND.charAt((street / TOWN_FIRST.length()) % TOWN_SECOND.length()) + "街道";
    return new Place(code, shortName, town);
  }

  private static char pick(Dice dice, String stock) {
    return stock.charAt(dice.between(0, stock.length() - 1));
  }

  /** Chinese numerals for 1 to 99, as groups are numbered: 第一, 第十二. */
  static String numeral(int n) {
    List<String> digits = List.of("", "一", "二", "三", "四", "五", "六", "七", "八", "九");
    if (n < 10) {
      return digits.get(n);
    }
    return (n >= 20 ? digits.get(n / 10) : "") + "十" + digits.get(n % 10);
  }
}
