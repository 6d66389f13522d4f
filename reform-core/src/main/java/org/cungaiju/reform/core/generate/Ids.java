package org.cungaiju.reform.core.generate;

/** The ids the generator gives: a prefix and a number padded with zeros, such as {@code p00042}. */
final class Ids {
  private Ids() {}

  static String of(String prefix, int number, int width) {
    String digits = Integer.toString(number);
    StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
    b.append(prefix);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }
}
