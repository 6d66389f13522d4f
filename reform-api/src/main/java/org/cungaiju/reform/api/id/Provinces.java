package org.cungaiju.reform.api.id;

import com.google.common.collect.ImmutableSet;

/** The two-digit province-level codes of GB/T 2260 (mainland, Taiwan, Hong Kong, Macao). */
final class Provinces {
  private static final ImmutableSet<String> CODES = ImmutableSet.of(
      "11", "12", "13", "14", "15",
      "21", "22", "23",
      "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46",
      "50", "51", "52", "53", "54",
      "61", "62", "63", "64", "65",
      "71", "81", "82");

  static final String ACCEPTED =
      "a code whose first two digits name a province (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, "
          + "71, 81, 82)";

  private Provinces() {}

  private static final boolean[] BY_NUMBER = new boolean[100];

  static {
    CODES.forEach(c -> BY_NUMBER[Integer.parseInt(c)] = true);
  }

  static boolean isProvince(String twoDigits) {
    return CODES.contains(twoDigits);
  }

  /** Whether the province code {@code 00} to {@code 99} written as a number is one. */
  static boolean isProvince(int twoDigits) {
    return twoDigits >= 0 && twoDigits < 100 && BY_NUMBER[twoDigits];
  }
}
