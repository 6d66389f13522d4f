package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.id.Sex;

/**
 * Chinese names as Jiangmen's villages give them: surnames weighted as they are common in the
 * Pearl River Delta's west, with the local 区, 谭, 甄, 伍, 余, 关, 梅 and 邝, and the compound
 * surnames 司徒, 欧阳 and 司马 at about one name in a hundred; given names of one or two
 * characters, from an older or a younger stock by birth year.
 */
final class Names {

  /** Surnames by weight (roughly per mille of names). */
  static final Weighted<String> SURNAMES = Weighted.of(
      "陈", 110, "梁", 80, "黄", 80, "李", 75, "林", 40, "吴", 40, "何", 40, "谭", 38,
      "张", 40, "刘", 35, "伍", 25, "余", 25, "关", 22, "区", 20, "周", 20, "冯", 22,
      "杨", 20, "叶", 20, "罗", 18, "赵", 16, "邓", 18, "莫", 16, "甄", 14, "钟", 14,
      "麦", 14, "卢", 14, "郑", 14, "胡", 12, "容", 10, "梅", 10, "邝", 10, "朱", 12,
      "司徒", 6, "欧阳", 3, "司马", 2);

  /** Surnames across China, by weight, for people from other provinces. */
  static final Weighted<String> NATIONAL_SURNAMES = Weighted.of(
      "王", 72, "李", 72, "张", 69, "刘", 55, "陈", 54, "杨", 32, "黄", 24, "赵", 23, "吴", 20,
      "周", 20, "徐", 17, "孙", 15, "马", 15, "朱", 14, "胡", 13, "郭", 12, "何", 12, "高", 12,
      "林", 11, "罗", 11, "郑", 10, "梁", 10, "谢", 8, "唐", 8, "韦", 6, "覃", 5, "蒙", 3,
      "欧阳", 1);

  /** Surnames a village's founding lineages most often carry. */
  static final ImmutableList<String> LINEAGE_SURNAMES = ImmutableList.of(
      "陈", "梁", "黄", "李", "林", "吴", "何", "谭", "区", "甄", "伍", "余", "关", "司徒");

  private static final String OLDER_MALE = "炳根松棠灿锦荣坚华强明辉耀权添汉均全国伟志永德洪金树成发胜";
  private static final String OLDER_FEMALE = "好娣彩带妹英珍凤芳兰秀玉月桂笑少群容雪琼爱转银美莲惠";
  private static final String YOUNGER_MALE = "浩俊杰轩宇然豪锐铭晋睿霖泽晨乐朗嘉子梓家文健博航诚";
  private static final String YOUNGER_FEMALE = "欣婷琳颖琪诗雅晴怡嘉敏慧洁彤悦妍晓梓芷思雯佩琦欢";

  private Names() {}

  /** A given name for someone of {@code sex} born in {@code birthYear}. */
  static String givenName(Dice dice, Sex sex, int birthYear) {
    boolean older = birthYear < 1975;
    String stock = sex == Sex.MALE
        ? (older ? OLDER_MALE : YOUNGER_MALE)
        : (older ? OLDER_FEMALE : YOUNGER_FEMALE);
    char first = stock.charAt(dice.between(0, stock.length() - 1));
    if (dice.percent(18)) {
      return String.valueOf(first);
    }
    char second;
    do {
      second = stock.charAt(dice.between(0, stock.length() - 1));
    } while (second == first);
    return "" + first + second;
  }
}
