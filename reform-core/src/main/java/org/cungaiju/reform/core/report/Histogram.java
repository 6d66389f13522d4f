package org.cungaiju.reform.core.report;

import java.util.function.LongFunction;

/**
 * A histogram: how many values fall in each of at most {@value #MAX_BINS} bins of equal, nice
 * width (1, 2 or 5 times a power of ten), drawn as vertical bars with axes. Drawn with
 * whole-number arithmetic only.
 */
final class Histogram {

  static final int MAX_BINS = 20;
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 300;
  private static final int LEFT = 64;
  private static final int RIGHT = 20;
  private static final int TOP = 36;
  private static final int BOTTOM = 56;
  private static final int TICKS = 5;

  private Histogram() {}

  /**
   * The histogram as an SVG element.
   *
   * @param id the chart's {@code data-chart} id
   * @param title the chart's title
   * @param values the values to count
   * @param edge the text of a bin's lower edge on the x axis
   * @param xTitle what the x axis measures
   * @param yTitle what the y axis counts
   * @param colour the bars' colour
   */
  static String svg(String id, String title, long[] values, LongFunction<String> edge,
      String xTitle, String yTitle, String colour) {
    Svg svg = new Svg("histogram", id, title, WIDTH, HEIGHT);
    svg.text(12, 18, "start", "font-size=\"14\" font-weight=\"bold\" fill=\"#222\"", title);
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int bottom = TOP + plotHeight;
    svg.text(LEFT + plotWidth / 2, HEIGHT - 8, "middle", "fill=\"#555\"", xTitle);
    svg.text(14, TOP + plotHeight / 2, "middle",
        "fill=\"#555\" transform=\"rotate(-90 14 " + (TOP + plotHeight / 2) + ")\"", yTitle);
    if (values.length == 0) {
      svg.text(LEFT + plotWidth / 2, TOP + plotHeight / 2, "middle", "fill=\"#888\"", "—");
      return svg.end();
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    long spread = Math.subtractExact(max, min);
    long width = Svg.niceCeil(spread / (MAX_BINS - 1) + 1);
    long start = Math.floorDiv(min, width) * width;
    int bins = (int) ((max - start) / width + 1);
    long[] counts = new long[bins];
    for (long v : values) {
      counts[(int) ((v - start) / width)]++;
    }
    long most = 0;
    for (long c : counts) {
      most = Math.max(most, c);
    }
    long step = Svg.step(most, TICKS);
    long end = Svg.axisEnd(most, step);
    for (long t = 0; t <= end; t += step) {
      long y = bottom - Numbers.scale(t, plotHeight, end);
      svg.line(LEFT, y, LEFT + plotWidth, y, t == 0 ? "#888" : "#e3e3e3");
      svg.text(LEFT - 6, y + 4, "end", "fill=\"#555\" font-size=\"11\"", Numbers.grouped(t));
    }
    int labelEvery = bins <= 8 ? 1 : 2;
    for (int i = 0; i < bins; i++) {
      long x = LEFT + Numbers.scale(i, plotWidth, bins);
      long next = LEFT + Numbers.scale(i + 1L, plotWidth, bins);
      long h = Numbers.scale(counts[i], plotHeight, end);
      long lower = start + i * width;
      svg.rect(x + 1, bottom - h, Math.max(next - x - 2, 1), h, colour, "bar",
          edge.apply(lower) + " – " + edge.apply(lower + width) + ": " + Numbers.grouped(counts[i]));
      if (i % labelEvery == 0) {
        svg.text(x, bottom + 16, "middle", "fill=\"#555\" font-size=\"11\"", edge.apply(lower));
      }
    }
    if (bins % labelEvery == 0) {
      svg.text(LEFT + plotWidth, bottom + 16, "middle", "fill=\"#555\" font-size=\"11\"",
          edge.apply(start + bins * width));
    }
    return svg.end();
  }
}
