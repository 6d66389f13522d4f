package org.cungaiju.reform.core.report;

/** A coloured status label, such as 分开 in green or 混同 in red. */
final class Status {

  static final String GOOD = "#3f8f3a";
  static final String BAD = "#c0392b";
  static final String NEUTRAL = "#7b8794";
  static final String BUSY = "#4e79a7";

  private Status() {}

  /** The label as markup: {@code text} escaped, on {@code colour}. */
  static String pill(String text, String colour) {
    return "<span class=\"status\" style=\"background:" + colour + "\">" + Html.escape(text)
        + "</span>";
  }
}
