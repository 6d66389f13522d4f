package org.cungaiju.reform.core.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * Draws a {@link GridPlan} as a self-contained SVG map: every unit a cell at its location,
 * coloured by its comprehensive grid, grid borders drawn heavy, each grid labelled with its id
 * and households, dedicated grids hatched grey with their names, and a legend.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Well-formed XML in the SVG namespace, with no external reference: no fonts, images,
 *       scripts or style sheets are fetched. Text uses the font list {@value #FONTS}, so
 *       Chinese shows wherever a CJK font is installed.
 *   <li>One {@code <rect class="unit">} per unit of the plan (comprehensive and dedicated),
 *       carrying {@code data-unit} and {@code data-grid} attributes and a tooltip.
 *   <li>One label per grid ({@code <text class="grid-label">}), placed on the grid's unit
 *       nearest to the grid's centroid (preferring units whose east and west neighbours are
 *       in the grid), so it lies on the grid even when the grid is not convex; one per
 *       dedicated grid with its name.
 *   <li>Colours come from a fixed palette of {@value #PALETTE_SIZE} clearly distinct colours,
 *       given greedily in plan order: with at most {@value #PALETTE_SIZE} grids every grid has
 *       its own colour, and two neighbouring grids get different colours whenever each has
 *       fewer than {@value #PALETTE_SIZE} neighbouring grids. Grids breaking a bound
 *       are outlined in dashed red and marked in the legend.
 *   <li>Deterministic: the same plan and units give the same bytes. Coordinates are scaled
 *       from metres to whole pixels by one exact ratio, with integer arithmetic only.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class GridMap {

  /** The font list of every text. */
  public static final String FONTS =
      "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', "
          + "'Microsoft YaHei', sans-serif";

  /** The number of colours in the palette. */
  public static final int PALETTE_SIZE = 12;

  private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#59a14f",
      "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#a0cbe8", "#8cd17d",
      "#ffbe7d");

  private static final int MAP_WIDTH = 900;
  private static final int MAP_HEIGHT = 760;
  private static final int MARGIN = 20;
  private static final int TITLE = 44;
  private static final int LEGEND_WIDTH = 360;
  private static final int LINE = 20;

  private GridMap() {}

  /**
   * The SVG map of {@code plan}.
   *
   * @param plan the plan to draw
   * @param units the units the plan was drawn from, every one located
   * @param title the map's title, such as the community's name
   * @throws InvalidInputException naming every unit of the plan that is missing from {@code
   *     units} or has no location, or saying that the locations lie too far apart to draw
   */
  public static String svg(GridPlan plan, Iterable<GridUnit> units, String title) {
    requireNonNull(title, "title");
    return new Drawing(plan, units, title).render();
  }

  /** Whether every unit of {@code units} has a location, as {@link #svg} needs. */
  public static boolean canDraw(Iterable<GridUnit> units) {
    for (GridUnit u : units) {
      if (u.location().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@link #svg} can draw {@code plan} from {@code units}: every unit of the plan is
   * among them with a location, and the locations lie within about 10^15 metres of each other.
   */
  public static boolean canDraw(GridPlan plan, Iterable<GridUnit> units) {
    try {
      new Drawing(plan, units, "");
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** One rendering. */
  private static final class Drawing {
    private final GridPlan plan;
    private final List<GridUnit> units;
    private final Map<String, Point> at;
    private final Map<String, GridUnit> byId = new HashMap<>();
    private final Map<String, String> gridOf;
    private final String title;
    private final MapFrame frame;
    private final Map<String, String> colour = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    /**
     * Lays out {@code plan}'s units.
     *
     * @throws InvalidInputException as {@link #svg} says
     */
    Drawing(GridPlan plan, Iterable<GridUnit> given, String title) {
      Map<String, GridUnit> all = new HashMap<>();
      given.forEach(u -> all.put(u.id(), u));
      Map<String, String> gridOfUnit = new LinkedHashMap<>(plan.gridOfUnit());
      for (DedicatedGrid d : plan.dedicatedGrids()) {
        d.unitIds().forEach(u -> gridOfUnit.put(u, d.id()));
      }
      List<Violation> problems = new ArrayList<>();
      List<GridUnit> drawn = new ArrayList<>();
      Map<String, Point> located = new HashMap<>();
      for (String id : new TreeSet<>(gridOfUnit.keySet())) {
        GridUnit u = all.get(id);
        if (u == null) {
          problems.add(Violation.of("units", id, "is in the plan but not among the units",
              "the units the plan was drawn from"));
        } else if (u.location().isEmpty()) {
          problems.add(Violation.of("units[" + id + "].location", "absent",
              "is needed to draw the unit on the map", "a location in metres, such as {\"x\": 0, "
                  + "\"y\": 0}"));
        } else {
          drawn.add(u);
          located.put(id, u.location().get());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      this.plan = plan;
      this.units = drawn;
      this.at = located;
      this.gridOf = gridOfUnit;
      this.title = title;
      this.frame = new MapFrame(drawn, located, MAP_WIDTH, MAP_HEIGHT);
      drawn.forEach(u -> byId.put(u.id(), u));
      colourGrids();
    }

    String render() {
      int legendHeight = LINE * (plan.grids().size() + plan.dedicatedGrids().size() + 6);
      int width = MARGIN + frame.width + MARGIN + LEGEND_WIDTH + MARGIN;
      int height = TITLE + Math.max(frame.height, legendHeight) + MARGIN;
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
          .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
          .append(width).append(' ').append(height).append("\" font-family=\"")
          .append(FONTS).append("\">\n");
      out.append("<title>").append(escape(title)).append("</title>\n");
      out.append("<defs><pattern id=\"dedicated-hatch\" patternUnits=\"userSpaceOnUse\" "
          + "width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">"
          + "<rect width=\"8\" height=\"8\" fill=\"#e0e0e0\"/>"
          + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#8a8a8a\" stroke-width=\"3\"/>"
          + "</pattern></defs>\n");
      out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
      out.append("<text x=\"").append(MARGIN).append("\" y=\"").append(TITLE - 14)
          .append("\" font-size=\"20\" font-weight=\"bold\" fill=\"#222222\">")
          .append(escape(title)).append("</text>\n");
      out.append("<g transform=\"translate(").append(MARGIN).append(',').append(TITLE)
          .append(")\">\n");
      drawUnits();
      drawBorders();
      drawLabels();
      out.append("</g>\n");
      drawLegend(MARGIN + frame.width + MARGIN, TITLE);
      out.append("</svg>\n");
      return out.toString();
    }

    /**
     * Greedy colouring in plan order: the colour fewest earlier neighbours have, then the one
     * used least so far, then palette order; with at most {@value #PALETTE_SIZE} grids, every
     * grid gets a colour of its own.
     */
    private void colourGrids() {
      Map<String, TreeSet<String>> neighbours = new HashMap<>();
      for (GridUnit u : units) {
        String a = gridOf.get(u.id());
        for (String n : u.adjacent()) {
          String b = gridOf.get(n);
          if (b != null && !b.equals(a)) {
            neighbours.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
          }
        }
      }
      int[] uses = new int[PALETTE_SIZE];
      for (PlannedGrid g : plan.grids()) {
        int[] nearby = new int[PALETTE_SIZE];
        for (String n : neighbours.getOrDefault(g.id(), new TreeSet<>())) {
          String c = colour.get(n);
          if (c != null) {
            nearby[PALETTE.indexOf(c)]++;
          }
        }
        int best = 0;
        for (int i = 1; i < PALETTE_SIZE; i++) {
          if (nearby[i] < nearby[best] || nearby[i] == nearby[best] && uses[i] < uses[best]) {
            best = i;
          }
        }
        uses[best]++;
        colour.put(g.id(), PALETTE.get(best));
      }
    }

    private void drawUnits() {
      Map<String, Boolean> flagged = new HashMap<>();
      plan.grids().forEach(g -> flagged.put(g.id(), !g.isWithinBounds()));
      out.append("<g class=\"units\" stroke=\"#ffffff\" stroke-width=\"0.6\">\n");
      for (GridUnit u : units) {
        Point p = at.get(u.id());
        String grid = gridOf.get(u.id());
        String fill = colour.getOrDefault(grid, "url(#dedicated-hatch)");
        long left = frame.left(p);
        long top = frame.top(p);
        out.append("<rect class=\"unit\" data-unit=\"").append(escape(u.id()))
            .append("\" data-grid=\"").append(escape(grid)).append("\" x=\"").append(left)
            .append("\" y=\"").append(top).append("\" width=\"")
            .append(frame.right(p) - left).append("\" height=\"")
            .append(frame.bottom(p) - top).append("\" fill=\"").append(fill).append('"');
        if (flagged.getOrDefault(grid, false)) {
          out.append(" stroke=\"#c00000\" stroke-dasharray=\"3 2\" stroke-width=\"1.2\"");
        }
        out.append("><title>").append(escape(u.name() + " (" + u.id() + ") · " + grid + " · "
            + u.households() + "户 · " + u.residents() + "人")).append("</title></rect>\n");
      }
      out.append("</g>\n");
    }

    /** Heavy lines along the shared edge of neighbouring cells in different grids. */
    private void drawBorders() {
      out.append("<g class=\"borders\" stroke=\"#333333\" stroke-width=\"2\" "
          + "stroke-linecap=\"square\">\n");
      for (GridUnit u : units) {
        Point a = at.get(u.id());
        for (String n : u.adjacent()) {
          Point b = at.get(n);
          if (b == null || n.compareTo(u.id()) < 0 || gridOf.get(n).equals(gridOf.get(u.id()))) {
            continue;
          }
          if (a.y() == b.y() && Math.abs(a.x() - b.x()) == frame.cellWidth) {
            long x = frame.left(a.x() < b.x() ? b : a);
            line(x, frame.top(a), x, frame.bottom(a));
          } else if (a.x() == b.x() && Math.abs(a.y() - b.y()) == frame.cellHeight) {
            long y = frame.bottom(a.y() > b.y() ? a : b);
            line(frame.left(a), y, frame.right(a), y);
          }
        }
      }
      out.append("</g>\n");
    }

    private void line(long x1, long y1, long x2, long y2) {
      out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"")
          .append(x2).append("\" y2=\"").append(y2).append("\"/>\n");
    }

    private void drawLabels() {
      out.append("<g class=\"labels\" text-anchor=\"middle\" fill=\"#111111\" "
          + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" "
          + "stroke-linejoin=\"round\">\n");
      for (PlannedGrid g : plan.grids()) {
        label("grid-label", g.unitIds(), g.id(), g.households() + "户",
            g.isWithinBounds() ? "#111111" : "#c00000");
      }
      for (DedicatedGrid d : plan.dedicatedGrids()) {
        label("dedicated-label", d.unitIds(), d.name(), "专属网格·" + d.kind().chineseName(),
            "#333333");
      }
      out.append("</g>\n");
    }

    private void label(String kind, List<String> unitIds, String first, String second,
        String fill) {
      Point p = at.get(centralUnit(unitIds));
      long x = (frame.left(p) + frame.right(p)) / 2;
      long y = (frame.top(p) + frame.bottom(p)) / 2;
      out.append("<text class=\"").append(kind).append("\" x=\"").append(x).append("\" y=\"")
          .append(y).append("\" fill=\"").append(fill).append("\">")
          .append("<tspan x=\"").append(x).append("\" dy=\"-2\" font-size=\"15\" "
              + "font-weight=\"bold\">").append(escape(first)).append("</tspan>")
          .append("<tspan x=\"").append(x).append("\" dy=\"15\" font-size=\"12\">")
          .append(escape(second)).append("</tspan></text>\n");
    }

    /**
     * The unit nearest the centroid of {@code unitIds}' locations, preferring units whose
     * neighbours east and west lie in the same grid (so the label stays clear of other grids),
     * then the least id. Compared exactly: with {@code k} units summing to {@code (sx, sy)},
     * the distance of {@code (x, y)} to the centroid times {@code k} is {@code |(k·x − sx, k·y −
     * sy)|}.
     */
    private String centralUnit(List<String> unitIds) {
      BigInteger k = BigInteger.valueOf(unitIds.size());
      BigInteger sx = BigInteger.ZERO;
      BigInteger sy = BigInteger.ZERO;
      for (String id : unitIds) {
        sx = sx.add(BigInteger.valueOf(at.get(id).x()));
        sy = sy.add(BigInteger.valueOf(at.get(id).y()));
      }
      String best = null;
      boolean bestInside = false;
      BigInteger bestDistance = null;
      for (String id : unitIds) {
        boolean inside = isInside(id);
        BigInteger dx = k.multiply(BigInteger.valueOf(at.get(id).x())).subtract(sx);
        BigInteger dy = k.multiply(BigInteger.valueOf(at.get(id).y())).subtract(sy);
        BigInteger d = dx.pow(2).add(dy.pow(2));
        if (best == null || inside && !bestInside
            || inside == bestInside && d.compareTo(bestDistance) < 0) {
          best = id;
          bestInside = inside;
          bestDistance = d;
        }
      }
      return best;
    }

    /** Whether the unit's neighbours east and west (the label's width) are in its grid. */
    private boolean isInside(String unitId) {
      String grid = gridOf.get(unitId);
      long y = at.get(unitId).y();
      return byId.get(unitId).adjacent().stream()
          .filter(n -> at.containsKey(n) && at.get(n).y() == y)
          .allMatch(n -> grid.equals(gridOf.get(n)));
    }

    private void drawLegend(int left, int top) {
      GridParameters p = plan.parameters();
      PlanSummary s = plan.summary();
      out.append("<g class=\"legend\" font-size=\"13\" fill=\"#222222\">\n");
      int y = top + 14;
      text(left, y, "综合网格 " + s.gridCount() + " 个（至少需 " + s.lowerBound() + " 个）",
          "bold");
      y += LINE;
      text(left, y, "标准：每格 " + p.minHouseholds() + "–" + p.maxHouseholds() + " 户，不超过 "
          + p.maxResidents() + " 人", null);
      y += LINE;
      text(left, y, "工作量 " + s.workloadMin() + "–" + s.workloadMax() + "，变异系数 "
          + s.workloadCv().toPlainString(), null);
      y += LINE + 6;
      for (PlannedGrid g : plan.grids()) {
        out.append("<rect x=\"").append(left).append("\" y=\"").append(y - 12)
            .append("\" width=\"16\" height=\"14\" fill=\"").append(colour.get(g.id()))
            .append('"').append(g.isWithinBounds() ? ""
                : " stroke=\"#c00000\" stroke-width=\"2\" stroke-dasharray=\"3 2\"")
            .append("/>\n");
        text(left + 24, y, g.id() + "  " + g.households() + "户  " + g.residents() + "人  工作量 "
            + g.workload() + "  专职 " + g.fullTimeWorkers() + " 兼职 " + g.partTimeWorkers()
            + (g.isWithinBounds() ? "" : "  超出标准"), null);
        y += LINE;
      }
      for (DedicatedGrid d : plan.dedicatedGrids()) {
        out.append("<rect x=\"").append(left).append("\" y=\"").append(y - 12)
            .append("\" width=\"16\" height=\"14\" fill=\"url(#dedicated-hatch)\"/>\n");
        text(left + 24, y, d.name() + "（专属网格·" + d.kind().chineseName() + "）", null);
        y += LINE;
      }
      if (!s.flaggedGridIds().isEmpty()) {
        y += 6;
        text(left, y, "红色虚线：超出标准的网格 " + String.join("、", s.flaggedGridIds()), null);
      }
      out.append("</g>\n");
    }

    private void text(int x, int y, String text, String weight) {
      out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
      if (weight != null) {
        out.append(" font-weight=\"").append(weight).append('"');
      }
      out.append('>').append(escape(text)).append("</text>\n");
    }
  }

  /** {@code text} with the five XML special characters escaped. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static ImmutableList<String> palette() {
    return ImmutableList.copyOf(PALETTE);
  }
}
