package org.cungaiju.reform.core.report;

/** Escaping text for HTML and SVG, where every text of a report goes through. */
final class Html {

  private Html() {}

  /**
   * {@code text} safe as element content and as a quoted attribute value: {@code & < > " '}
   * escaped, and control characters other than tab, line feed and carriage return dropped.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? "" : null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
