package org.cungaiju.reform.core.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart: one row per label, each bar made of one segment per series (stacked),
 * an axis of nice steps from 0, the row's total written at the bar's end, and a legend when
 * there is more than one series. Drawn with whole-number arithmetic only.
 */
final class BarChart {

  static final int WIDTH = 1000;
  private static final int PAD = 12;
  private static final int TITLE_HEIGHT = 26;
  private static final int LEGEND_HEIGHT = 22;
  private static final int ROW_HEIGHT = 28;
  private static final int BAR_HEIGHT = 18;
  private static final int LABEL_WIDTH = 230;
  private static final int VALUE_WIDTH = 190;
  private static final int AXIS_HEIGHT = 24;
  private static final int TICKS = 5;

  /** A series: what one segment of every bar counts. */
  record Series(String name, String colour) {
    Series {
      requireNonNull(name, "name");
      requireNonNull(colour, "colour");
    }
  }

  /** A row: its label, one value per series (not negative), and the text at the bar's end. */
  record Row(String label, ImmutableList<Long> values, String valueText) {
    Row {
      requireNonNull(label, "label");
      values = ImmutableList.copyOf(values);
      requireNonNull(valueText, "valueText");
      for (long v : values) {
        if (v < 0) {
          throw new IllegalArgumentException("a bar's value is negative: " + v);
        }
      }
    }

    long total() {
      long t = 0;
      for (long v : values) {
        t = Math.addExact(t, v);
      }
      return t;
    }
  }

  private BarChart() {}

  /**
   * The chart as an SVG element.
   *
   * @param id the chart's {@code data-chart} id
   * @param title the chart's title, drawn above it
   * @param series the series, in stacking order
   * @param rows the rows, top to bottom; each has one value per series
   * @param tick the text of an axis tick's value
   */
  static String svg(String id, String title, List<Series> series, List<Row> rows,
      LongFunction<String> tick) {
    boolean legend = series.size() > 1;
    int top = TITLE_HEIGHT + (legend ? LEGEND_HEIGHT : 0);
    int height = top + Math.max(1, rows.size()) * ROW_HEIGHT + AXIS_HEIGHT + PAD;
    Svg svg = new Svg("bar-chart", id, title, WIDTH, height);
    svg.text(PAD, 18, "start", "font-size=\"14\" font-weight=\"bold\" fill=\"#222\"", title);
    if (legend) {
      long x = PAD;
      for (Series s : series) {
        svg.rect(x, TITLE_HEIGHT + 4, 12, 12, s.colour(), "legend", "");
        svg.text(x + 16, TITLE_HEIGHT + 14, "start", "fill=\"#333\"", s.name());
        x += 28 + 13L * s.name().codePointCount(0, s.name().length());
      }
    }
    long max = 0;
    for (Row r : rows) {
      if (r.values().size() != series.size()) {
        throw new IllegalArgumentException("a row has " + r.values().size()
            + " values for " + series.size() + " series");
      }
      max = Math.max(max, r.total());
    }
    long step = Svg.step(max, TICKS);
    long end = Svg.axisEnd(max, step);
    int x0 = PAD + LABEL_WIDTH;
    int barWidth = WIDTH - 2 * PAD - LABEL_WIDTH - VALUE_WIDTH;
    int plotBottom = top + Math.max(1, rows.size()) * ROW_HEIGHT;
    for (long t = 0; t <= end && t >= 0; t += step) {
      long x = x0 + Numbers.scale(t, barWidth, end);
      svg.line(x, top, x, plotBottom, t == 0 ? "#888" : "#e3e3e3");
      svg.text(x, plotBottom + 16, "middle", "fill=\"#555\" font-size=\"11\"", tick.apply(t));
      if (end - t < step) {
        break;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      long y = top + (long) i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      svg.text(x0 - 8, y + 13, "end", "fill=\"#222\"", Svg.shorten(r.label()));
      long sum = 0;
      long left = x0;
      for (int k = 0; k < series.size(); k++) {
        long v = r.values().get(k);
        sum += v;
        long right = x0 + Numbers.scale(sum, barWidth, end);
        if (v > 0) {
          svg.rect(left, y, Math.max(right - left, 1), BAR_HEIGHT, series.get(k).colour(), "bar",
              r.label() + " — " + series.get(k).name() + ": " + tick.apply(v));
        }
        left = Math.max(right, left);
      }
      svg.text(left + 6, y + 13, "start", "fill=\"#333\"", r.valueText());
    }
    if (rows.isEmpty()) {
      svg.text(x0, top + 18, "start", "fill=\"#888\"", "—");
    }
    return svg.end();
  }
}
