package org.cungaiju.reform.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.core.grid.BoundViolation.Bound;
import org.cungaiju.reform.core.grid.Communities.Community;
import org.cungaiju.reform.spi.grid.GridParameters;

class GridPlannerPropertiesTest {

  @Provide
  Arbitrary<Community> communities() {
    return Communities.arbitrary();
  }

  @Provide
  Arbitrary<Community> streets() {
    return Communities.coveredStreets();
  }

  @Provide
  Arbitrary<Community> lattices() {
    return Communities.coveredLattices();
  }

  private static GridPlan plan(Community c) {
    return GridPlanner.plan(c.units(), c.dedicated(), Units.explained(c.standard()));
  }

  @Property(tries = 500)
  void putsEveryUnitOutsideDedicatedGridsInExactlyOneGrid(@ForAll("communities") Community c) {
    GridPlan plan = plan(c);
    Set<String> dedicated = dedicated(c);
    List<String> planned = plan.grids().stream().flatMap(g -> g.unitIds().stream()).toList();
    Set<String> expected = c.units().stream().map(GridUnit::id)
        .filter(id -> !dedicated.contains(id)).collect(Collectors.toSet());
    assertThat(planned).doesNotHaveDuplicates();
    assertThat(new HashSet<>(planned)).isEqualTo(expected);
    assertThat(plan.summary().units()).isEqualTo(expected.size());
  }

  @Property(tries = 500)
  void drawsEveryGridConnected(@ForAll("communities") Community c) {
    Map<String, GridUnit> units = Units.byId(c.units());
    assertThat(plan(c).grids()).allSatisfy(g ->
        assertThat(Units.isConnected(g.unitIds(), units)).as(g.id()).isTrue());
  }

  /**
   * Each grid's figures are its units' sums, and its violations are exactly the bounds those
   * sums break: every grid breaking a bound is flagged, and no unflagged grid breaks one. A
   * maximum is broken only by a grid of one unit.
   */
  @Property(tries = 500)
  void flagsExactlyTheBoundsEachGridBreaks(@ForAll("communities") Community c) {
    GridPlan plan = plan(c);
    GridParameters p = c.standard();
    Map<String, GridUnit> units = Units.byId(c.units());
    for (PlannedGrid g : plan.grids()) {
      long households = g.unitIds().stream().mapToLong(u -> units.get(u).households()).sum();
      long residents = g.unitIds().stream().mapToLong(u -> units.get(u).residents()).sum();
      assertThat(g.households()).isEqualTo(households);
      assertThat(g.residents()).isEqualTo(residents);
      Set<Bound> broken = EnumSet.noneOf(Bound.class);
      if (households < p.minHouseholds()) {
        broken.add(Bound.HOUSEHOLDS_BELOW_MINIMUM);
      }
      if (households > p.maxHouseholds()) {
        broken.add(Bound.HOUSEHOLDS_ABOVE_MAXIMUM);
      }
      if (residents > p.maxResidents()) {
        broken.add(Bound.RESIDENTS_ABOVE_MAXIMUM);
      }
      assertThat(g.violations()).extracting(BoundViolation::bound)
          .as(g.id()).containsExactlyInAnyOrderElementsOf(broken);
      if (households > p.maxHouseholds() || residents > p.maxResidents()) {
        assertThat(g.unitIds()).as(g.id() + " exceeds a maximum").hasSize(1);
      }
      Set<String> inside = new HashSet<>(g.unitIds());
      for (BoundViolation v : g.violations()) {
        if (v.cause() == BoundViolation.Cause.GROUP_BELOW_MINIMUM) {
          // the whole group: no neighbour outside the grid but dedicated units
          assertThat(g.unitIds().stream().flatMap(u -> units.get(u).adjacent().stream())
              .filter(n -> !inside.contains(n))).isSubsetOf(dedicated(c));
        }
        if (v.cause() == BoundViolation.Cause.GROUP_NOT_DIVISIBLE) {
          assertThat(GridPlanner.isDivisible(p, groupHouseholds(g, c, units))).isFalse();
        }
      }
    }
    assertThat(plan.summary().violationCount()).isEqualTo(plan.violations().size());
    assertThat(plan.summary().flaggedGridIds()).containsExactlyElementsOf(plan.grids().stream()
        .filter(g -> !g.isWithinBounds()).map(PlannedGrid::id).toList());
  }

  private static Set<String> dedicated(Community c) {
    return c.dedicated().stream().flatMap(d -> d.unitIds().stream()).collect(Collectors.toSet());
  }

  /** The households of the group of units connected to {@code g}'s, outside dedicated units. */
  private static long groupHouseholds(PlannedGrid g, Community c, Map<String, GridUnit> units) {
    Set<String> excluded = dedicated(c);
    Set<String> seen = new HashSet<>(List.of(g.unitIds().get(0)));
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(seen);
    long households = 0;
    while (!queue.isEmpty()) {
      GridUnit u = units.get(queue.poll());
      households += u.households();
      for (String n : u.adjacent()) {
        if (!excluded.contains(n) && seen.add(n)) {
          queue.add(n);
        }
      }
    }
    return households;
  }

  @Property(tries = 300)
  void givesTheSamePlanWhateverOrderUnitsAndDedicatedGridsAreListedIn(
      @ForAll("communities") Community c, @ForAll long shuffle) {
    List<GridUnit> units = new ArrayList<>(c.units());
    List<DedicatedGrid> dedicated = new ArrayList<>(c.dedicated());
    Collections.shuffle(units, new Random(shuffle));
    Collections.shuffle(dedicated, new Random(shuffle));
    GridPlan first = plan(c);
    assertThat(plan(c)).isEqualTo(first);
    assertThat(GridPlanner.plan(units, dedicated, Units.explained(c.standard())))
        .isEqualTo(first);
  }

  @Property(tries = 500)
  void neverUsesFewerGridsThanTheLowerBoundUnlessAUnitExceedsTheMaximum(
      @ForAll("communities") Community c) {
    GridPlan plan = plan(c);
    long total = plan.summary().households();
    long max = c.standard().maxHouseholds();
    assertThat(plan.summary().lowerBound()).isEqualTo((total + max - 1) / max);
    if (plan.grids().stream().allMatch(g -> g.households() <= max)) {
      assertThat((long) plan.summary().gridCount()).isGreaterThanOrEqualTo(plan.summary().lowerBound());
    }
  }

  @Property(tries = 300)
  void givesWorkersByTheStandard(@ForAll("communities") Community c) {
    GridParameters p = c.standard();
    Map<String, GridUnit> units = Units.byId(c.units());
    assertThat(plan(c).grids()).allSatisfy(g -> {
      long workload = g.unitIds().stream().mapToLong(u -> p.workloadOf(units.get(u))).sum();
      assertThat(g.workload()).isEqualTo(workload);
      assertThat(g.fullTimeWorkers()).isEqualTo(p.fullTimeWorkersPerGrid());
      // ⌈workload ÷ ratio⌉, written as the least n with n · ratio ≥ workload
      long n = g.partTimeWorkers();
      assertThat(n * p.workloadPerPartTimeWorker()).isGreaterThanOrEqualTo(workload);
      assertThat((n - 1) * p.workloadPerPartTimeWorker()).isLessThan(Math.max(workload, 1));
    });
  }

  /**
   * A street within the guarantee's condition: no bound broken, and as few grids as any cut
   * of the street into grids within bounds (found here by a plain count over cut points).
   */
  @Property(tries = 400)
  void breaksNoBoundOnAStreetWithinTheGuaranteeAndUsesTheFewestGrids(
      @ForAll("streets") Community c) {
    GridPlan plan = plan(c);
    assertThat(plan.violations()).isEmpty();
    assertThat((long) plan.summary().gridCount())
        .isGreaterThanOrEqualTo(plan.summary().lowerBound())
        .isEqualTo((long) fewestGridsAlong(street(c.units()), c.standard()));
  }

  @Property(tries = 300)
  void breaksNoBoundOnAFullLatticeWithinTheGuarantee(@ForAll("lattices") Community c) {
    GridPlan plan = plan(c);
    assertThat(plan.violations()).isEmpty();
    assertThat((long) plan.summary().gridCount()).isGreaterThanOrEqualTo(plan.summary().lowerBound());
  }

  /** The units of a path, from one end to the other. */
  private static List<GridUnit> street(List<GridUnit> units) {
    Map<String, GridUnit> byId = Units.byId(units);
    GridUnit end = units.stream().filter(u -> u.adjacent().size() <= 1).findFirst().orElseThrow();
    List<GridUnit> out = new ArrayList<>(List.of(end));
    Set<String> seen = new HashSet<>(Set.of(end.id()));
    while (out.size() < units.size()) {
      GridUnit last = out.get(out.size() - 1);
      String next = last.adjacent().stream().filter(n -> !seen.contains(n)).findFirst()
          .orElseThrow();
      seen.add(next);
      out.add(byId.get(next));
    }
    return out;
  }

  /** The fewest pieces of consecutive units each within every bound; MAX_VALUE if none. */
  private static int fewestGridsAlong(List<GridUnit> street, GridParameters p) {
    int n = street.size();
    int[] fewest = new int[n + 1];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int end = 1; end <= n; end++) {
      long households = 0;
      long residents = 0;
      for (int start = end - 1; start >= 0; start--) {
        households += street.get(start).households();
        residents += street.get(start).residents();
        if (households >= p.minHouseholds() && households <= p.maxHouseholds()
            && residents <= p.maxResidents() && fewest[start] != Integer.MAX_VALUE) {
          fewest[end] = Math.min(fewest[end], fewest[start] + 1);
        }
      }
    }
    return fewest[n];
  }
}
