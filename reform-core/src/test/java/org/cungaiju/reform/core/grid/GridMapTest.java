package org.cungaiju.reform.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GridMapTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  /**
   * A 6 × 4 lattice of 40 m × 30 m blocks, 60 households each, under a standard of 200–300
   * households: a school takes the block at column 2, row 1.
   */
  private static List<GridUnit> lattice() {
    Units.Sketch s = Units.sketch();
    for (int row = 0; row < 4; row++) {
      for (int col = 0; col < 6; col++) {
        String id = id(col, row);
        s.unit(id, 60).at(id, col * 40L, -row * 30L);
        if (col > 0) {
          s.link(id, id(col - 1, row));
        }
        if (row > 0) {
          s.link(id, id(col, row - 1));
        }
      }
    }
    return s.build();
  }

  private static String id(int col, int row) {
    return "u" + row + col;
  }

  private static final DedicatedGrid SCHOOL = new DedicatedGrid("dg-school", "示例小学 & <附小>",
      DedicatedGridKind.SCHOOL, ImmutableList.of(id(2, 1)));

  private static GridPlan plan(List<GridUnit> units) {
    return GridPlanner.plan(units, List.of(SCHOOL), Units.explained(Units.standard(200, 300, 2000)));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(
        svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document d, String name, String cssClass) {
    NodeList nodes = d.getElementsByTagNameNS(SVG, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void isWellFormedSvgWithOneCellPerUnit() throws Exception {
    List<GridUnit> units = lattice();
    GridPlan plan = plan(units);
    Document d = parse(GridMap.svg(plan, units, "示例社区"));
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
    List<Element> cells = elements(d, "rect", "unit");
    assertThat(cells).extracting(e -> e.getAttribute("data-unit"))
        .containsExactlyInAnyOrderElementsOf(units.stream().map(GridUnit::id).toList());
    Map<String, String> gridOf = plan.gridOfUnit();
    assertThat(cells).allSatisfy(e -> assertThat(e.getAttribute("data-grid")).isEqualTo(
        gridOf.getOrDefault(e.getAttribute("data-unit"), SCHOOL.id())));
  }

  @Test
  void labelsEveryGridWithItsHouseholdsAndTheSchoolWithItsName() throws Exception {
    List<GridUnit> units = lattice();
    GridPlan plan = plan(units);
    Document d = parse(GridMap.svg(plan, units, "示例社区"));
    assertThat(elements(d, "text", "grid-label")).extracting(Element::getTextContent)
        .containsExactlyElementsOf(plan.grids().stream()
            .map(g -> g.id() + g.households() + "户").toList());
    assertThat(elements(d, "text", "dedicated-label")).singleElement()
        .satisfies(e -> assertThat(e.getTextContent()).startsWith("示例小学 & <附小>"));
    assertThat(elements(d, "title", null).get(0).getTextContent()).isEqualTo("示例社区");
  }

  /** Each cell sits on its block: 40 m blocks drawn as cells of equal width, in column order. */
  @Test
  void placesCellsAtTheirLocationsNorthUp() throws Exception {
    List<GridUnit> units = lattice();
    Document d = parse(GridMap.svg(plan(units), units, "示例社区"));
    Map<String, Element> cell = new HashMap<>();
    elements(d, "rect", "unit").forEach(e -> cell.put(e.getAttribute("data-unit"), e));
    int width = Integer.parseInt(cell.get(id(0, 0)).getAttribute("width"));
    assertThat(width).isPositive();
    for (int col = 1; col < 6; col++) {
      int x = Integer.parseInt(cell.get(id(col, 0)).getAttribute("x"));
      int before = Integer.parseInt(cell.get(id(col - 1, 0)).getAttribute("x"));
      assertThat(x).isEqualTo(before + Integer.parseInt(cell.get(id(col - 1, 0))
          .getAttribute("width")));
    }
    // row 0 lies north of row 1: smaller y on the page
    assertThat(Integer.parseInt(cell.get(id(0, 0)).getAttribute("y")))
        .isLessThan(Integer.parseInt(cell.get(id(0, 1)).getAttribute("y")));
  }

  @Test
  void givesNeighbouringGridsDifferentColours() throws Exception {
    List<GridUnit> units = lattice();
    GridPlan plan = plan(units);
    assertThat(plan.grids()).hasSizeGreaterThan(2);
    Document d = parse(GridMap.svg(plan, units, "示例社区"));
    Map<String, String> fillOfGrid = new HashMap<>();
    for (Element e : elements(d, "rect", "unit")) {
      String previous = fillOfGrid.put(e.getAttribute("data-grid"), e.getAttribute("fill"));
      assertThat(previous).isIn(null, e.getAttribute("fill"));
    }
    Set<String> fills = new HashSet<>();
    plan.grids().forEach(g -> fills.add(fillOfGrid.get(g.id())));
    // at most 12 grids: each its own colour, none the dedicated hatching
    assertThat(fills).hasSize(plan.grids().size()).doesNotContain("url(#dedicated-hatch)");
    assertThat(fillOfGrid.get(SCHOOL.id())).isEqualTo("url(#dedicated-hatch)");
  }

  @Test
  void refersToNothingOutsideItself() {
    List<GridUnit> units = lattice();
    String svg = GridMap.svg(plan(units), units, "示例社区");
    assertThat(svg).doesNotContain("http://www.w3.org/1999/xlink", "<script", "<image",
        "@import", "@font-face", "href=\"http");
    assertThat(svg).contains("font-family=\"" + GridMap.FONTS + "\"");
    assertThat(GridMap.FONTS).startsWith("'Noto Sans CJK SC'").endsWith("sans-serif");
  }

  @Test
  void isTheSameForTheSamePlan() {
    List<GridUnit> units = lattice();
    assertThat(GridMap.svg(plan(units), units, "t")).isEqualTo(GridMap.svg(plan(units), units, "t"));
  }

  @Test
  void refusesUnitsWithoutALocation() {
    List<GridUnit> units = Units.sketch().unit("a", 100).unit("b", 100).at("b", 0, 0)
        .link("a", "b").build();
    GridPlan plan = GridPlanner.plan(units, List.of(), Units.explained(Units.standard(1, 500, 2000)));
    assertThat(GridMap.canDraw(units)).isFalse();
    assertThatThrownBy(() -> GridMap.svg(plan, units, "t"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("units[a].location");
              assertThat(v.problem()).contains("needed to draw");
            }));
  }

  @Test
  void refusesLocationsTooFarApartToScaleExactlyAndSaysSoBeforeDrawing() {
    // found by fuzzing: a unit moved to x = 2^63 - 1 made the report's page throw
    List<GridUnit> far = Units.sketch().unit("a", 100).unit("b", 100).at("a", 0, 0)
        .at("b", Long.MAX_VALUE, 0).build();
    // neighbours at the two ends of a long: their distance itself overflows
    List<GridUnit> ends = Units.sketch().unit("a", 100).unit("b", 100).at("a", Long.MIN_VALUE, 0)
        .at("b", Long.MAX_VALUE, 0).link("a", "b").build();

    for (List<GridUnit> units : List.of(far, ends)) {
      GridPlan plan = GridPlanner.plan(units, List.of(),
          Units.explained(Units.standard(1, 500, 2000)));
      assertThat(GridMap.canDraw(units)).as("every unit has a location").isTrue();
      assertThat(GridMap.canDraw(plan, units)).isFalse();
      assertThatThrownBy(() -> GridMap.svg(plan, units, "t"))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
              .singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("units.location");
                assertThat(v.problem()).isEqualTo("spans too far to draw");
              }));
    }
  }

  @Test
  void canDrawAPlanWhoseUnitsAreAllLocatedAndNear() {
    List<GridUnit> units = lattice();
    assertThat(GridMap.canDraw(plan(units), units)).isTrue();
    List<GridUnit> one = Units.sketch().unit("a", 100).build();
    GridPlan plan = GridPlanner.plan(one, List.of(), Units.explained(Units.standard(1, 500, 2000)));
    assertThat(GridMap.canDraw(plan, one)).as("a unit without a location").isFalse();
  }
}
