package org.cungaiju.reform.core.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.GridFunction;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.core.grid.BoundViolation.Bound;
import org.cungaiju.reform.core.grid.BoundViolation.Cause;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;

/**
 * The grid planner (科学划分综合网格): cuts a community's grid units, less those of its
 * dedicated grids (专属网格), into comprehensive grids (综合网格) under the county's grid
 * standard, and gives each its grid workers (网格员) and the five functions of 多网合一.
 *
 * <h2>How a plan is drawn</h2>
 *
 * <p>The units outside dedicated grids fall into <em>groups</em>: the connected components of
 * their adjacency (adjacency to a dedicated unit does not count). Each group is planned on its
 * own, since no grid can span two.
 *
 * <ol>
 *   <li><b>Candidate sequences.</b> When every unit of the group has a location: for band
 *       heights 1 to {@value Orders#MAX_BAND} (as far as the group has rows), the <em>band
 *       snake</em> — rows (distinct y values, north first) taken in bands of that many rows,
 *       bands alternately west–east and east–west, and inside a band column by column,
 *       alternately north–south and south–north — and the same with rows and columns swapped.
 *       Always, last: the <em>walk</em>, a depth-first walk from the unit of least degree that
 *       steps to the unvisited neighbour with fewest unvisited neighbours (Warnsdorff's rule),
 *       ties by least unit id.
 *   <li><b>Exact cut of each sequence.</b> Dynamic programming finds, among all ways of
 *       cutting the sequence into consecutive runs such that every run is a connected set of
 *       units and every run of two or more units stays within the maximum households and
 *       residents, the best by: fewest grids breaking a bound, then fewest grids, then least
 *       sum of squared grid workloads (for a fixed total and count, the least variance). The
 *       best cut over all candidate sequences is kept (ties: the earlier sequence).
 *   <li><b>Local moves</b>, each keeping every grid connected, never letting a grid of two or
 *       more units exceed a maximum, never making a grid break a bound it kept, and never
 *       adding a grid: merge neighbouring grids that fit together; dissolve a grid below the
 *       minimum into neighbours with room; bring a grid below the minimum up with units from
 *       neighbours that can spare them; then move border units to a neighbouring grid with
 *       less workload while that strictly lowers the sum of squared workloads without
 *       lengthening the borders (at most {@value Regions#BALANCE_PASSES} passes).
 * </ol>
 *
 * <h2>Guarantees</h2>
 *
 * <p>On every input:
 *
 * <ul>
 *   <li>Every unit outside the dedicated grids is in exactly one comprehensive grid; every
 *       grid is connected (its units are reachable from one another through neighbours in the
 *       grid).
 *   <li>A grid of two or more units never exceeds the maximum households or residents: a
 *       maximum is broken only by a single unit that alone exceeds it, which is then a grid of
 *       its own.
 *   <li>Every grid breaking a bound says which and why ({@link BoundViolation}); a grid with no
 *       violation listed is within every bound. A grid below the minimum is reported as being
 *       its whole group ({@link Cause#GROUP_BELOW_MINIMUM}), as lying in a group whose
 *       households no whole number of grids within bounds adds up to ({@link
 *       Cause#GROUP_NOT_DIVISIBLE}, provably unavoidable), or else as {@link
 *       Cause#NO_GROUPING_FOUND}.
 *   <li>Deterministic: the same units (by id and content), dedicated grids and standard give
 *       the same plan, whatever order the units and dedicated grids are listed in. Only exact
 *       integer arithmetic decides.
 *   <li>Optimal within the sequences tried: for each group, the plan is at least as good, by
 *       the order of step 2, as the best cut of any candidate sequence into consecutive
 *       connected runs.
 * </ul>
 *
 * <p>Finding a cut into connected grids within bounds is NP-hard in general, and for some
 * groups none exists (a star whose arms each hold fewer households than the minimum). What is
 * guaranteed beyond the above:
 *
 * <ul>
 *   <li><b>A street</b> — a group whose units form a path (each next to at most two others,
 *       no cycle): the walk follows the path, so if any cut of the street into grids within
 *       every bound exists, the plan breaks no bound and uses the fewest grids possible.
 *   <li><b>A full rectangular lattice</b> — every unit located, the group's units sitting on
 *       every crossing of some rows (y values) and columns (x values) and none elsewhere, each
 *       adjacent to the units next to it in its row and column: the row-by-row snake steps from
 *       each unit to a neighbour, so if any cut of that snake into consecutive runs within
 *       every bound exists, the plan breaks no bound.
 *   <li>In both cases such a cut exists, so <b>no bound is broken</b>, when every unit holds at
 *       most {@code s} households and at most its households × maxResidents ÷ maxHouseholds
 *       residents, and the group's households {@code H} satisfy {@code k·(min + s − 1) ≤ H ≤
 *       k·(max − s + 1)} for some whole {@code k ≥ 1} (possible only if {@code s ≤ (max − min) / 2
 *       + 1}). Proof: cut the sequence after the first unit where the running total reaches
 *       {@code j·H/k}, for {@code j = 1, …, k − 1}; each cut overshoots its mark by less than
 *       {@code s}, so every run holds more than {@code H/k − s ≥ min − 1} and less than {@code
 *       H/k + s ≤ max + 1} households, and, holding at most the maximum households, at most the
 *       maximum residents. Under the default standard (300–500 households) with units of at
 *       most 30 households, that is every group of 987 households or more, and groups of
 *       329–471 or 658–942.
 *   <li>When no grid exceeds the maximum households, the plan has at least {@link
 *       PlanSummary#lowerBound()} = ⌈households ÷ maximum⌉ grids (each holds at most the
 *       maximum).
 * </ul>
 *
 * <h2>Performance notes</h2>
 *
 * <p>For a group of {@code n} units whose grids hold at most {@code L} units, each sequence is
 * cut in O(n · L · degree) near-constant-time steps, for at most 2·{@value Orders#MAX_BAND} + 1
 * sequences. Merging and balancing are O(n²) at worst (balancing makes at most {@value
 * Regions#BALANCE_PASSES} passes); dissolving a grid below the minimum is cubic in that grid's
 * size, which the minimum keeps small unless it is made of many empty units. The sample
 * community of 133 units plans in about 2 ms on one core.
 *
 * <p>Stateless; immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class GridPlanner {

  private static final ImmutableSet<GridFunction> ALL_FUNCTIONS =
      ImmutableSet.copyOf(EnumSet.allOf(GridFunction.class));

  private final PolicyRegistry registry;

  /** A planner drawing under the grid standards of {@code registry}. */
  public GridPlanner(PolicyRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
  }

  /** The plan of {@code dossier}'s units under the standard in force on its {@code asOf}. */
  public GridPlan plan(Dossier dossier) {
    return plan(dossier, dossier.asOf());
  }

  /**
   * The plan of {@code dossier}'s units under the standard in force for its county on {@code
   * date}.
   *
   * @throws PolicyConfigurationException if no standard is in force, or the standard answers
   *     nothing
   * @throws InvalidInputException if a unit's workload, or a group of connected units', is too
   *     large to balance exactly, naming the unit by its JSON path ({@code $.gridUnits[3]})
   */
  public GridPlan plan(Dossier dossier, LocalDate date) {
    GridStandard standard = registry.resolve(dossier.county(), Facet.GRID, date);
    Explained<GridParameters> parameters = standard.parameters(dossier.community());
    if (parameters == null) {
      throw new PolicyConfigurationException("the grid standard " + standard.version()
          + " gave no parameters for community " + dossier.community().id());
    }
    try {
      return plan(dossier.gridUnits(), dossier.dedicatedGrids(), parameters);
    } catch (InvalidInputException e) {
      throw inDossier(e);
    }
  }

  /**
   * {@code e} with its paths put in the dossier: {@code units[3]} is {@code $.gridUnits[3]},
   * since the units planned are the dossier's, in its order. (The problems the dossier's own
   * checks catch — ids used twice, neighbours not listing each other back, dedicated grids
   * overlapping — never reach the planner.)
   */
  private static InvalidInputException inDossier(InvalidInputException e) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : e.violations()) {
      String path = v.path().startsWith("units[")
          ? "$.gridUnits[" + v.path().substring("units[".length())
          : "$." + v.path();
      out.add(new Violation(path, v.value(), v.problem(), v.accepted()));
    }
    return new InvalidInputException(out, e);
  }

  /**
   * The plan of {@code units}, less those of {@code dedicated}, under {@code standard}.
   *
   * @throws InvalidInputException listing every unit id used twice, neighbour that is not a
   *     listed unit or does not list the unit back, dedicated-grid unit that is not listed or
   *     is in two dedicated grids, and group of connected units whose workload exceeds
   *     {@value UnitGraph#MAX_GROUP_WORKLOAD}
   */
  public static GridPlan plan(
      Iterable<GridUnit> units, Iterable<DedicatedGrid> dedicated,
      Explained<GridParameters> standard) {
    GridParameters p = standard.value();
    List<DedicatedGrid> declared = new ArrayList<>();
    dedicated.forEach(declared::add);
    declared.sort(Comparator.comparing(DedicatedGrid::id));
    Map<String, String> dedicatedOf = new HashMap<>();
    List<Violation> problems = new ArrayList<>();
    for (DedicatedGrid d : declared) {
      for (String u : d.unitIds()) {
        String other = dedicatedOf.putIfAbsent(u, d.id());
        if (other != null) {
          problems.add(Violation.of("dedicatedGrids[" + d.id() + "].unitIds", u,
              "is already in dedicated grid " + other, "each unit in at most one dedicated grid"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UnitGraph g = UnitGraph.of(ImmutableList.copyOf(units), dedicatedOf.keySet(), p);

    List<int[]> grids = new ArrayList<>();
    List<int[]> groupOf = new ArrayList<>();
    for (int[] group : g.components) {
      Cutter.Cut best = null;
      for (int[] order : Orders.candidates(g, group)) {
        Cutter.Cut cut = Cutter.cut(g, order, p);
        if (best == null || cut.score().isBetterThan(best.score())) {
          best = cut;
        }
      }
      for (int[] grid : new Regions(g, p, group, best.runs()).refine().grids()) {
        grids.add(grid);
        groupOf.add(group);
      }
    }
    Integer[] byFirstUnit = new Integer[grids.size()];
    for (int i = 0; i < byFirstUnit.length; i++) {
      byFirstUnit[i] = i;
    }
    java.util.Arrays.sort(byFirstUnit, Comparator.comparingInt(i -> grids.get(i)[0]));

    int digits = Math.max(2, String.valueOf(grids.size()).length());
    ImmutableList.Builder<PlannedGrid> planned = ImmutableList.builder();
    for (int k = 0; k < byFirstUnit.length; k++) {
      String id = "G" + "0".repeat(digits - String.valueOf(k + 1).length()) + (k + 1);
      planned.add(grid(g, p, id, grids.get(byFirstUnit[k]), groupOf.get(byFirstUnit[k])));
    }
    ImmutableList<PlannedGrid> all = planned.build();
    PlanSummary summary = summary(g, p, all);
    return new GridPlan(all, ImmutableList.copyOf(declared), summary, p,
        explanation(standard.explanation(), g, declared.size(), summary));
  }

  private static PlannedGrid grid(UnitGraph g, GridParameters p, String id, int[] units,
      int[] group) {
    long households = 0;
    long residents = 0;
    long workload = 0;
    for (int v : units) {
      households += g.households[v];
      residents += g.residents[v];
      workload += g.workload[v];
    }
    ImmutableList<String> ids = java.util.Arrays.stream(units).mapToObj(g::id)
        .collect(ImmutableList.toImmutableList());
    List<BoundViolation> violations = new ArrayList<>();
    if (households > p.maxHouseholds()) {
      violations.add(new BoundViolation(id, Bound.HOUSEHOLDS_ABOVE_MAXIMUM, households,
          p.maxHouseholds(), Cause.UNIT_ABOVE_MAXIMUM, "unit " + ids.get(0) + " alone holds "
              + households + " households, above the maximum of " + p.maxHouseholds()
              + "; a unit is never split"));
    }
    if (residents > p.maxResidents()) {
      violations.add(new BoundViolation(id, Bound.RESIDENTS_ABOVE_MAXIMUM, residents,
          p.maxResidents(), Cause.UNIT_ABOVE_MAXIMUM, "unit " + ids.get(0) + " alone holds "
              + residents + " residents, above the maximum of " + p.maxResidents()
              + "; a unit is never split"));
    }
    if (households < p.minHouseholds()) {
      violations.add(below(g, p, id, units, group, households));
    }
    if (units.length > 1 && !Bounds.fitsMaxima(p, households, residents)) {
      throw new IllegalStateException("grid " + id + " of " + units.length
          + " units exceeds a maximum; the planner must never draw it");
    }
    return new PlannedGrid(id, ids, Math.toIntExact(households), Math.toIntExact(residents),
        workload, p.fullTimeWorkersPerGrid(), p.partTimeWorkersFor(workload), ALL_FUNCTIONS,
        ImmutableList.copyOf(violations));
  }

  private static BoundViolation below(UnitGraph g, GridParameters p, String id, int[] units,
      int[] group, long households) {
    String shortfall = "holds " + households + " households, below the minimum of "
        + p.minHouseholds();
    if (units.length == group.length) {
      return new BoundViolation(id, Bound.HOUSEHOLDS_BELOW_MINIMUM, households,
          p.minHouseholds(), Cause.GROUP_BELOW_MINIMUM, "the grid " + shortfall
              + ", and is all " + group.length + " units of its connected group: no neighbour "
              + "outside dedicated grids can join it");
    }
    long groupHouseholds = 0;
    for (int v : group) {
      groupHouseholds += g.households[v];
    }
    if (!isDivisible(p, groupHouseholds)) {
      return new BoundViolation(id, Bound.HOUSEHOLDS_BELOW_MINIMUM, households,
          p.minHouseholds(), Cause.GROUP_NOT_DIVISIBLE, "the grid " + shortfall
              + "; its connected group of " + group.length + " units holds " + groupHouseholds
              + " households, which no whole number of grids of " + p.minHouseholds() + "–"
              + p.maxHouseholds() + " households adds up to");
    }
    return new BoundViolation(id, Bound.HOUSEHOLDS_BELOW_MINIMUM, households,
        p.minHouseholds(), Cause.NO_GROUPING_FOUND, "the grid " + shortfall
            + ", and no grouping of the neighbouring units the planner tried brings it within "
            + "bounds");
  }

  /** Whether some whole {@code k ≥ 1} has {@code k·min ≤ households ≤ k·max}. */
  static boolean isDivisible(GridParameters p, long households) {
    long fewest = ceilDiv(households, p.maxHouseholds());
    return households >= p.minHouseholds() && fewest * p.minHouseholds() <= households;
  }

  private static long ceilDiv(long a, long b) {
    return a / b + (a % b == 0 ? 0 : 1);
  }

  private static PlanSummary summary(UnitGraph g, GridParameters p, List<PlannedGrid> grids) {
    long households = 0;
    long residents = 0;
    for (int v = 0; v < g.n; v++) {
      households += g.households[v];
      residents += g.residents[v];
    }
    long workload = 0;
    long squares = 0;
    long min = grids.isEmpty() ? 0 : Long.MAX_VALUE;
    long max = 0;
    long fullTime = 0;
    long partTime = 0;
    int violations = 0;
    ImmutableList.Builder<String> flagged = ImmutableList.builder();
    BigInteger squareSum = BigInteger.ZERO;
    for (PlannedGrid grid : grids) {
      long w = grid.workload();
      workload += w;
      squareSum = squareSum.add(BigInteger.valueOf(w).pow(2));
      min = Math.min(min, w);
      max = Math.max(max, w);
      fullTime += grid.fullTimeWorkers();
      partTime += grid.partTimeWorkers();
      violations += grid.violations().size();
      if (!grid.isWithinBounds()) {
        flagged.add(grid.id());
      }
    }
    return new PlanSummary(grids.size(), ceilDiv(households, p.maxHouseholds()),
        g.components.size(), g.n, households, residents, workload, min, max,
        Dispersion.coefficientOfVariation(grids.size(), workload, squareSum), fullTime,
        partTime, violations, flagged.build());
  }

  private static Explanation explanation(Explanation standard, UnitGraph g, int dedicated,
      PlanSummary s) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("units", String.valueOf(s.units()));
    inputs.put("dedicatedGrids", String.valueOf(dedicated));
    inputs.put("groups", String.valueOf(s.groups()));
    inputs.put("households", String.valueOf(s.households()));
    inputs.put("residents", String.valueOf(s.residents()));
    String outcome = s.gridCount() + " comprehensive grids for " + g.n + " units (at least "
        + s.lowerBound() + " needed), " + s.violationCount() + " bounds broken";
    return new Explanation(GridPlan.RULE_ID, standard.policyId(), standard.version(),
        standard.source(), com.google.common.collect.ImmutableMap.copyOf(inputs),
        standard.parameters(), outcome, ImmutableList.of(standard));
  }
}
