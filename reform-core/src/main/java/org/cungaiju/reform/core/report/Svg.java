package org.cungaiju.reform.core.report;

import org.cungaiju.reform.core.grid.GridMap;

/** The pieces the charts are drawn with: an SVG being written, and nice axis steps. */
final class Svg {

  /** The longest label, in characters, before it is cut short with an ellipsis. */
  static final int MAX_LABEL = 16;

  private final StringBuilder out = new StringBuilder(4096);

  /**
   * Starts an SVG of {@code width} × {@code height} pixels, scaling down to its container,
   * marked with {@code class="chart kind"} and {@code data-chart="id"}, titled {@code title}.
   */
  Svg(String kind, String id, String title, int width, int height) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(kind)
        .append("\" data-chart=\"").append(Html.escape(id)).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title)).append("\" font-family=\"")
        .append(Html.escape(GridMap.FONTS)).append("\" font-size=\"12\">\n");
    out.append("<title>").append(Html.escape(title)).append("</title>\n");
  }

  /** A text at (x, y); {@code anchor} is start, middle or end; {@code extra} more attributes. */
  Svg text(long x, long y, String anchor, String extra, String text) {
    out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (!anchor.equals("start")) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    if (!extra.isEmpty()) {
      out.append(' ').append(extra);
    }
    out.append('>').append(Html.escape(text)).append("</text>\n");
    return this;
  }

  /** A filled rectangle with a tooltip (none when {@code tooltip} is empty). */
  Svg rect(long x, long y, long w, long h, String fill, String cssClass, String tooltip) {
    out.append("<rect");
    if (!cssClass.isEmpty()) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append(" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
        .append(Math.max(w, 0)).append("\" height=\"").append(Math.max(h, 0))
        .append("\" fill=\"").append(fill).append('"');
    if (tooltip.isEmpty()) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(Html.escape(tooltip)).append("</title></rect>\n");
    }
    return this;
  }

  /** A thin line. */
  Svg line(long x1, long y1, long x2, long y2, String stroke) {
    out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"")
        .append(x2).append("\" y2=\"").append(y2).append("\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"1\"/>\n");
    return this;
  }

  /** The finished SVG. */
  String end() {
    return out.append("</svg>\n").toString();
  }

  /** {@code label}, cut to {@value #MAX_LABEL} characters with an ellipsis. */
  static String shorten(String label) {
    if (label.codePointCount(0, label.length()) <= MAX_LABEL) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
  }

  /** The least of 1, 2, 5, 10, 20, 50, … that is at least {@code x}; 1 for {@code x < 1}. */
  static long niceCeil(long x) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (power > Long.MAX_VALUE / m) {
          return Long.MAX_VALUE;
        }
        if (m * power >= x) {
          return m * power;
        }
      }
      if (power > Long.MAX_VALUE / 10) {
        return Long.MAX_VALUE;
      }
      power *= 10;
    }
  }

  /** The step of an axis from 0 to at least {@code max} in at most {@code ticks} nice steps. */
  static long step(long max, int ticks) {
    return niceCeil(Math.max(1, max / ticks + (max % ticks == 0 ? 0 : 1)));
  }

  /** The end of such an axis: {@code max} rounded up to a whole number of steps. */
  static long axisEnd(long max, long step) {
    long steps = Math.max(1, max / step + (max % step == 0 ? 0 : 1));
    try {
      return Math.multiplyExact(steps, step);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
