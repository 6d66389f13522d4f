package org.cungaiju.reform.api.community;

import com.google.common.collect.ImmutableSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A person's name (姓名): personal data, so its {@code toString} shows only the surname.
 *
 * <p>The surname is the first character, or the first two for the compound surnames
 * (复姓) in {@link #COMPOUND_SURNAMES} such as 司徒 and 欧阳, common in Jiangmen. Immutable
 * and thread-safe.
 *
 * @param value the full name, 1 to 50 characters, no control characters
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PersonName(String value) {

  /** The compound surnames recognised, kept whole when a name is reduced to its surname. */
  public static final ImmutableSet<String> COMPOUND_SURNAMES = ImmutableSet.of(
      "司徒", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
      "宇文", "令狐", "夏侯", "轩辕", "端木", "澹台", "呼延", "南宫", "西门", "独孤", "万俟",
      "闻人", "钟离", "宗政", "濮阳", "太史", "申屠", "公冶", "赫连", "第五", "百里");

  /** Validates length and characters; the message never shows the name. */
  public PersonName {
    String v = value;
    Checks.text(value, "name", 50, Checks.lazily(() -> masked(v)));
  }

  /** The name. */
  public static PersonName of(String value) {
    return new PersonName(value);
  }

  /** The surname: a compound surname whole, else the first character (code point). */
  public String surname() {
    return surnameOf(value);
  }

  /** The surname followed by one {@code *} per remaining character, such as {@code 欧阳**}. */
  public String masked() {
    return masked(value);
  }

  /** The masked form, never the whole name. */
  @Override
  public String toString() {
    return masked();
  }

  private static String surnameOf(String name) {
    if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
      return name.substring(0, 2);
    }
    return name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
  }

  private static String masked(String name) {
    String surname = surnameOf(name);
    int rest = name.codePointCount(0, name.length()) - surname.codePointCount(0, surname.length());
    return surname + "*".repeat(Math.max(rest, 0));
  }
}
