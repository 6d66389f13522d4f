package org.cungaiju.reform.spi.grid;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.grid.GridUnit;

/**
 * The numbers of a grid standard.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@code 1 ≤ minHouseholds ≤ maxHouseholds}, {@code maxResidents ≥ 1}.
 *   <li>Workload weights are exact whole numbers, 0 or more, named like the workload facts of
 *       {@link GridUnit} ({@code rentalRooms}, {@code elderlyAlone}, …); the names {@value
 *       #HOUSEHOLDS} and {@value #RESIDENTS} weigh the unit's household and resident counts. A
 *       fact the standard does not name weighs nothing.
 *   <li>{@code fullTimeWorkersPerGrid ≥ 0} and {@code workloadPerPartTimeWorker ≥ 1}: a grid
 *       gets one part-time worker per {@code workloadPerPartTimeWorker} units of workload,
 *       rounded up ({@link #partTimeWorkersFor}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param minHouseholds the fewest households a comprehensive grid should have
 * @param maxHouseholds the most households a comprehensive grid should have
 * @param maxResidents the most residents a comprehensive grid should have
 * @param workloadWeights the weight of each workload fact, by name
 * @param fullTimeWorkersPerGrid full-time workers per comprehensive grid
 * @param workloadPerPartTimeWorker the workload one part-time worker carries
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record GridParameters(
    int minHouseholds,
    int maxHouseholds,
    int maxResidents,
    ImmutableSortedMap<String, Long> workloadWeights,
    int fullTimeWorkersPerGrid,
    long workloadPerPartTimeWorker) {

  /** The pseudo-fact weighing a unit's households. */
  public static final String HOUSEHOLDS = "households";

  /** The pseudo-fact weighing a unit's residents. */
  public static final String RESIDENTS = "residents";

  private static final Pattern FACT = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

  /** Validates the bounds and weights; sorts the weights by name. */
  public GridParameters {
    checkInput(minHouseholds >= 1, "minHouseholds", minHouseholds, "is below 1", "1 or more");
    checkInput(maxHouseholds >= minHouseholds, "maxHouseholds", maxHouseholds,
        "is below minHouseholds " + minHouseholds, "at least minHouseholds");
    checkInput(maxResidents >= 1, "maxResidents", maxResidents, "is below 1", "1 or more");
    workloadWeights = ImmutableSortedMap.copyOf(workloadWeights);
    for (Map.Entry<String, Long> e : workloadWeights.entrySet()) {
      checkInput(FACT.matcher(e.getKey()).matches(), "workloadWeights", e.getKey(),
          "is not a workload fact name", "a lower-camel-case name such as rentalRooms");
      checkInput(e.getValue() >= 0, "workloadWeights." + e.getKey(), e.getValue(),
          "is negative", "0 or more");
    }
    checkInput(fullTimeWorkersPerGrid >= 0, "fullTimeWorkersPerGrid", fullTimeWorkersPerGrid,
        "is negative", "0 or more");
    checkInput(workloadPerPartTimeWorker >= 1, "workloadPerPartTimeWorker",
        workloadPerPartTimeWorker, "is below 1", "1 or more");
  }

  /**
   * The workload of one unit: the sum of each weighed fact's count times its weight.
   *
   * @throws ArithmeticException if the sum does not fit in a {@code long}
   */
  public long workloadOf(GridUnit unit) {
    long total = 0;
    for (Map.Entry<String, Long> e : workloadWeights.entrySet()) {
      long count = switch (e.getKey()) {
        case HOUSEHOLDS -> unit.households();
        case RESIDENTS -> unit.residents();
        default -> unit.fact(e.getKey());
      };
      total = Math.addExact(total, Math.multiplyExact(count, e.getValue()));
    }
    return total;
  }

  /** The part-time workers a grid with {@code workload} gets: the workload over the ratio, rounded up. */
  public long partTimeWorkersFor(long workload) {
    checkInput(workload >= 0, "workload", workload, "is negative", "0 or more");
    return workload / workloadPerPartTimeWorker
        + (workload % workloadPerPartTimeWorker == 0 ? 0 : 1);
  }
}
