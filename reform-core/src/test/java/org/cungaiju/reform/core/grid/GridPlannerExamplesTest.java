package org.cungaiju.reform.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.GridFunction;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.GridWorker;
import org.cungaiju.reform.api.grid.WorkerRole;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.core.grid.BoundViolation.Bound;
import org.cungaiju.reform.core.grid.BoundViolation.Cause;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.testing.DossierEdits;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.junit.jupiter.api.Test;

/**
 * Plans worked out by hand under the municipal default standard: 300–500 households and at
 * most 2,500 residents per grid; workload = households + rentalRooms + 2·elderlyAlone + shops +
 * 3·specialCare; one full-time worker per grid and one part-time worker per 200 workload,
 * rounded up.
 */
class GridPlannerExamplesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 12, 31);
  private static final Community COMMUNITY = new Community("c1", "示例社区",
      new DivisionCode("440705100001"), "示例镇", 1000, 1000, 300);
  private static final Explained<GridParameters> DEFAULT = PolicyRegistry.builder().build()
      .resolve(County.XINHUI, Facet.GRID, DAY).parameters(COMMUNITY);

  private static GridPlan plan(List<GridUnit> units, DedicatedGrid... dedicated) {
    return GridPlanner.plan(units, List.of(dedicated), DEFAULT);
  }

  @Test
  void usesTheDefaultStandard() {
    GridParameters p = DEFAULT.value();
    assertThat(List.of(p.minHouseholds(), p.maxHouseholds(), p.maxResidents()))
        .containsExactly(300, 500, 2500);
  }

  /**
   * A street of six units holding 100, 150, 120, 200, 90 and 160 households (820 in all): at
   * least ⌈820 ÷ 500⌉ = 2 grids. Running totals 100, 250, 370, 570, 660: only the cut after the
   * third unit leaves both sides within 300–500 (370 and 450).
   */
  @Test
  void cutsAStreetWhereBothSidesFitTheBounds() {
    List<GridUnit> street = Units.sketch().unit("a1", 100).unit("a2", 150).unit("a3", 120)
        .unit("a4", 200).unit("a5", 90).unit("a6", 160)
        .chain("a1", "a2", "a3", "a4", "a5", "a6").build();
    GridPlan plan = plan(street);
    assertThat(plan.grids()).extracting(g -> (List<String>) g.unitIds()).containsExactly(
        List.of("a1", "a2", "a3"), List.of("a4", "a5", "a6"));
    assertThat(Units.households(plan)).containsExactly(Map.entry("G01", 370),
        Map.entry("G02", 450));
    assertThat(plan.summary().lowerBound()).isEqualTo(2);
    assertThat(plan.violations()).isEmpty();
    // workload is the households alone: 370 → ⌈370/200⌉ = 2 part-time, 450 → 3
    assertThat(plan.grids()).extracting(PlannedGrid::workload).containsExactly(370L, 450L);
    assertThat(plan.grids()).extracting(PlannedGrid::partTimeWorkers).containsExactly(2L, 3L);
    assertThat(plan.grids()).extracting(PlannedGrid::fullTimeWorkers).containsExactly(1, 1);
    assertThat(plan.summary().partTimeWorkers()).isEqualTo(5);
    assertThat(plan.summary().fullTimeWorkers()).isEqualTo(2);
  }

  /**
   * The same street listed backwards and in another order gives the same plan: the plan
   * depends on the units, not on the order they are listed in.
   */
  @Test
  void doesNotDependOnTheOrderUnitsAreListedIn() {
    List<GridUnit> street = Units.sketch().unit("a1", 100).unit("a2", 150).unit("a3", 120)
        .unit("a4", 200).unit("a5", 90).unit("a6", 160)
        .chain("a1", "a2", "a3", "a4", "a5", "a6").build();
    assertThat(plan(ImmutableList.copyOf(street).reverse())).isEqualTo(plan(street));
  }

  /**
   * A star: a centre of 50 households with four arms of 200 each (850 in all). An arm alone is
   * below 300, arms meet only at the centre, and the centre with three arms holds 650 > 500:
   * the best is the centre with two arms (450) and two arms alone, each flagged below the
   * minimum.
   */
  @Test
  void flagsTheArmsOfAStarThatCannotReachTheMinimum() {
    List<GridUnit> star = Units.sketch().unit("c", 50).unit("l1", 200).unit("l2", 200)
        .unit("l3", 200).unit("l4", 200)
        .link("c", "l1").link("c", "l2").link("c", "l3").link("c", "l4").build();
    GridPlan plan = plan(star);
    assertThat(plan.grids()).hasSize(3);
    PlannedGrid centre = plan.grids().stream().filter(g -> g.unitIds().contains("c"))
        .findFirst().orElseThrow();
    assertThat(centre.unitIds()).hasSize(3);
    assertThat(centre.households()).isEqualTo(450);
    assertThat(centre.violations()).isEmpty();
    List<PlannedGrid> arms = plan.grids().stream().filter(g -> g != centre).toList();
    assertThat(arms).allSatisfy(g -> {
      assertThat(g.unitIds()).hasSize(1);
      assertThat(g.violations()).singleElement().satisfies(v -> {
        assertThat(v.bound()).isEqualTo(Bound.HOUSEHOLDS_BELOW_MINIMUM);
        assertThat(v.actual()).isEqualTo(200);
        assertThat(v.limit()).isEqualTo(300);
        assertThat(v.cause()).isEqualTo(Cause.NO_GROUPING_FOUND);
      });
    });
    assertThat(plan.summary().violationCount()).isEqualTo(2);
    assertThat(plan.summary().flaggedGridIds())
        .containsExactlyElementsOf(arms.stream().map(PlannedGrid::id).toList());
  }

  /**
   * A street of 100, 650, 100 and 250 households: the 650 unit is a grid of its own, flagged
   * above the maximum; the 100 before it cannot join anything else and is flagged below the
   * minimum; the last two make 350.
   */
  @Test
  void keepsAUnitAboveTheMaximumAloneAndFlagsIt() {
    List<GridUnit> street = Units.sketch().unit("b1", 100).unit("b2", 650).unit("b3", 100)
        .unit("b4", 250).chain("b1", "b2", "b3", "b4").build();
    GridPlan plan = plan(street);
    assertThat(plan.grids()).extracting(g -> (List<String>) g.unitIds()).containsExactly(
        List.of("b1"), List.of("b2"), List.of("b3", "b4"));
    assertThat(plan.grids().get(1).violations()).singleElement().satisfies(v -> {
      assertThat(v.bound()).isEqualTo(Bound.HOUSEHOLDS_ABOVE_MAXIMUM);
      assertThat(v.actual()).isEqualTo(650);
      assertThat(v.cause()).isEqualTo(Cause.UNIT_ABOVE_MAXIMUM);
      assertThat(v.reason()).contains("b2", "650", "500");
    });
    assertThat(plan.grids().get(0).violations()).extracting(BoundViolation::bound)
        .containsExactly(Bound.HOUSEHOLDS_BELOW_MINIMUM);
    assertThat(plan.grids().get(2).violations()).isEmpty();
  }

  /** 400 households but 2,600 residents in one unit: above the residents' maximum of 2,500. */
  @Test
  void flagsAUnitAboveTheResidentsMaximum() {
    GridPlan plan = plan(Units.sketch().unit("r1", 400, 2600).build());
    assertThat(plan.grids()).singleElement().satisfies(g -> assertThat(g.violations())
        .singleElement().satisfies(v -> {
          assertThat(v.bound()).isEqualTo(Bound.RESIDENTS_ABOVE_MAXIMUM);
          assertThat(v.actual()).isEqualTo(2600);
          assertThat(v.limit()).isEqualTo(2500);
          assertThat(v.cause()).isEqualTo(Cause.UNIT_ABOVE_MAXIMUM);
        }));
  }

  /**
   * Two units of 300 and 300 residents' worth each would fit households (200 + 200 = 400) but
   * not residents (1,400 + 1,400 = 2,800 > 2,500): they stay apart, each below the minimum.
   */
  @Test
  void neverJoinsUnitsBeyondTheResidentsMaximum() {
    GridPlan plan = plan(Units.sketch().unit("p1", 200, 1400).unit("p2", 200, 1400)
        .link("p1", "p2").build());
    assertThat(plan.grids()).hasSize(2);
    assertThat(plan.violations()).extracting(BoundViolation::bound)
        .containsOnly(Bound.HOUSEHOLDS_BELOW_MINIMUM);
  }

  /**
   * Two groups that do not touch: a street of 200 + 200 (one grid of 400) and a lone unit of
   * 120, which is a grid of its own below the minimum, being its whole group.
   */
  @Test
  void plansDisconnectedGroupsApart() {
    List<GridUnit> units = Units.sketch().unit("g1", 200).unit("g2", 200).unit("h1", 120)
        .link("g1", "g2").build();
    GridPlan plan = plan(units);
    assertThat(plan.summary().groups()).isEqualTo(2);
    assertThat(plan.grids()).extracting(g -> (List<String>) g.unitIds()).containsExactly(
        List.of("g1", "g2"), List.of("h1"));
    assertThat(plan.grids().get(1).violations()).singleElement().satisfies(v -> {
      assertThat(v.cause()).isEqualTo(Cause.GROUP_BELOW_MINIMUM);
      assertThat(v.actual()).isEqualTo(120);
    });
    // ⌈520 ÷ 500⌉ = 2
    assertThat(plan.summary().lowerBound()).isEqualTo(2);
  }

  /**
   * 300 + 250 = 550 households: more than one grid's 500, less than two grids' 600, so no plan
   * keeps both grids within bounds; the one below is reported as unavoidable.
   */
  @Test
  void reportsAGroupNoWholeNumberOfGridsFits() {
    GridPlan plan = plan(Units.sketch().unit("d1", 300).unit("d2", 250).link("d1", "d2")
        .build());
    assertThat(plan.grids()).hasSize(2);
    assertThat(plan.violations()).singleElement().satisfies(v -> {
      assertThat(v.gridId()).isEqualTo(plan.gridOfUnit().get("d2"));
      assertThat(v.cause()).isEqualTo(Cause.GROUP_NOT_DIVISIBLE);
      assertThat(v.reason()).contains("550", "300–500");
    });
  }

  /**
   * A street of five units with a school in the middle: the school's unit is a dedicated grid,
   * and the street on either side of it is planned apart (250 + 100 = 350 and 300).
   */
  @Test
  void leavesDedicatedUnitsOutAndSplitsTheStreetAtThem() {
    List<GridUnit> units = Units.sketch().unit("s1", 250).unit("s2", 100).unit("s3", 0, 0)
        .unit("s4", 300).chain("s1", "s2", "s3", "s4").build();
    DedicatedGrid school = new DedicatedGrid("dg-school", "示例小学", DedicatedGridKind.SCHOOL,
        ImmutableList.of("s3"));
    GridPlan plan = plan(units, school);
    assertThat(plan.dedicatedGrids()).containsExactly(school);
    assertThat(plan.summary().groups()).isEqualTo(2);
    assertThat(plan.summary().units()).isEqualTo(3);
    assertThat(plan.grids()).extracting(g -> (List<String>) g.unitIds()).containsExactly(
        List.of("s1", "s2"), List.of("s4"));
    assertThat(plan.violations()).isEmpty();
  }

  /**
   * Workload under the default weights: 320 households + 10 rental rooms + 2 × 5 elderly
   * living alone + 4 shops + 3 × 2 in special care = 350 → ⌈350 ÷ 200⌉ = 2 part-time workers;
   * 400 households and nothing else → exactly 2 (no rounding up).
   */
  @Test
  void givesWorkersByTheDefaultStandard() {
    List<GridUnit> units = Units.sketch().unit("w1", 320).unit("w2", 400)
        .facts("w1", Map.of("rentalRooms", 10L, "elderlyAlone", 5L, "shops", 4L,
            "specialCare", 2L, "unweighed", 99L))
        .build();
    GridPlan plan = plan(units);
    assertThat(plan.grids()).extracting(PlannedGrid::workload).containsExactly(350L, 400L);
    assertThat(plan.grids().get(0).workers()).containsExactly(
        new GridWorker("G01", WorkerRole.FULL_TIME, 1), new GridWorker("G01", WorkerRole.PART_TIME, 2));
    assertThat(plan.grids().get(1).workers()).containsExactly(
        new GridWorker("G02", WorkerRole.FULL_TIME, 1), new GridWorker("G02", WorkerRole.PART_TIME, 2));
    assertThat(plan.summary().workloadMin()).isEqualTo(350);
    assertThat(plan.summary().workloadMax()).isEqualTo(400);
    // mean 375, deviation 25: 25 ÷ 375 = 0.0667
    assertThat(plan.summary().workloadCv()).hasToString("0.0667");
  }

  @Test
  void givesEveryGridTheFiveFunctionsOfOneGridManyFunctions() {
    GridPlan plan = plan(Units.sketch().unit("f1", 400).build());
    assertThat(plan.grids().get(0).functions()).containsExactlyInAnyOrder(GridFunction.values());
    assertThat(plan.grids().get(0).toGrid().unitIds()).containsExactly("f1");
  }

  @Test
  void explainsThePlanWithTheStandardUsed() {
    GridPlan plan = plan(Units.sketch().unit("e1", 400).build());
    assertThat(plan.explanation().ruleId()).isEqualTo(GridPlan.RULE_ID);
    assertThat(plan.explanation().policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(plan.explanation().version()).isEqualTo(DEFAULT.explanation().version());
    assertThat(plan.explanation().parameters()).containsEntry("minHouseholds", "300")
        .containsEntry("maxHouseholds", "500").containsEntry("maxResidents", "2500");
    assertThat(plan.explanation().steps()).containsExactly(DEFAULT.explanation());
    assertThat(plan.parameters()).isEqualTo(DEFAULT.value());
  }

  @Test
  void plansNothingForNoUnits() {
    GridPlan plan = plan(List.of());
    assertThat(plan.grids()).isEmpty();
    assertThat(plan.summary().gridCount()).isZero();
    assertThat(plan.summary().lowerBound()).isZero();
    assertThat(plan.summary().workloadCv()).hasToString("0.0000");
  }

  @Test
  void refusesNeighboursThatDoNotListTheUnitBack() {
    GridUnit a = Units.sketch().unit("x1", 100).unit("x2", 100).link("x1", "x2").build().get(0);
    GridUnit b = Units.sketch().unit("x2", 100).build().get(0);
    assertThatThrownBy(() -> plan(List.of(a, b)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("units[0].adjacent");
              assertThat(v.value()).isEqualTo("x2");
            }));
  }

  @Test
  void refusesAUnitInTwoDedicatedGrids() {
    List<GridUnit> units = Units.sketch().unit("y1", 100).build();
    DedicatedGrid school = new DedicatedGrid("dg-1", "学校", DedicatedGridKind.SCHOOL,
        ImmutableList.of("y1"));
    DedicatedGrid park = new DedicatedGrid("dg-2", "公园", DedicatedGridKind.PARK,
        ImmutableList.of("y1"));
    assertThatThrownBy(() -> plan(units, school, park))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("y1").hasMessageContaining("dg-1");
  }

  @Test
  void namesAUnitWhoseWorkloadOverflowsByItsPlaceInTheListGiven() {
    List<GridUnit> sketch = Units.sketch().unit("a", 100).unit("b", 100)
        .facts("b", Map.of("shops", Long.MAX_VALUE)).link("a", "b").build();
    assertThatThrownBy(() -> plan(List.of(sketch.get(1), sketch.get(0))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("units[0].workload");
              assertThat(v.problem()).contains("weighs more than a long holds");
            }));
  }

  @Test
  void namesAUnitWhoseWorkloadOverflowsByItsJsonPathInTheDossier() {
    // found by fuzzing: the grids section of a report named the unit "units[u0003]"
    Dossier small = DossierGenerator.generate(GeneratorOptions.builder().seed(3).households(30)
        .gridUnits(4).build());
    List<GridUnit> units = new ArrayList<>(small.gridUnits());
    GridUnit u = units.get(2);
    units.set(2, new GridUnit(u.id(), u.name(), u.households(), u.residents(),
        ImmutableSortedMap.of("shops", Long.MAX_VALUE), u.adjacent(), u.location()));
    Dossier d = DossierEdits.gridUnits(small, units);

    assertThatThrownBy(() -> new GridPlanner(PolicyRegistry.builder().build()).plan(d))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v ->
                assertThat(v.path()).isEqualTo("$.gridUnits[2].workload")));
  }

  @Test
  void plansADossierUnderTheStandardInForceForItsCounty() {
    var dossier = org.cungaiju.reform.core.generate.DossierGenerator.generate(
        org.cungaiju.reform.core.generate.GeneratorOptions.xinhuiSample());
    GridPlan plan = new GridPlanner(PolicyRegistry.builder().build()).plan(dossier);
    assertThat(plan.explanation().policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
    assertThat(plan.summary().units() + plan.dedicatedGrids().stream()
        .mapToInt(d -> d.unitIds().size()).sum()).isEqualTo(dossier.gridUnits().size());
    assertThat(plan.violations()).isEmpty();
    assertThat(plan.summary().gridCount()).isEqualTo(plan.summary().lowerBound());
  }
}
