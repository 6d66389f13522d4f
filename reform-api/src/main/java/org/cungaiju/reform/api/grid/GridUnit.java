package org.cungaiju.reform.api.grid;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * The smallest piece a community is divided into for grids: a building, block or lane.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Counts are not negative; workload facts are named in lower camel case ({@code
 *       rentalRooms}, {@code elderlyAlone}, {@code shops}, {@code specialCare}, …) with counts of
 *       0 or more; the grid standard of the county policy says how they weigh.
 *   <li>A unit is not adjacent to itself. That adjacency is symmetric and names existing units
 *       is checked by the dossier.
 *   <li>Workload facts and neighbours are kept sorted, so equal units are {@code equals}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the unit's id
 * @param name the unit's name, such as {@code 东区3号楼}
 * @param households the households living in it
 * @param residents the residents living in it
 * @param workload workload facts by name
 * @param adjacent the ids of the units sharing a border or street with it
 * @param location where it lies, if known
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record GridUnit(
    String id,
    String name,
    int households,
    int residents,
    ImmutableSortedMap<String, Long> workload,
    ImmutableSortedSet<String> adjacent,
    Optional<Point> location) {

  private static final Pattern FACT = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

  /** Validates ids, counts and facts; sorts facts and neighbours. */
  public GridUnit {
    Checks.id(id, "id");
    Checks.text(name, "name", 100, name);
    Checks.nonNegative(households, "households");
    Checks.nonNegative(residents, "residents");
    workload = ImmutableSortedMap.copyOf(workload);
    workload.forEach((k, v) -> {
      checkInput(FACT.matcher(k).matches(), "workload", k, "is not a workload fact name",
          "a lower-camel-case name such as rentalRooms");
      Checks.nonNegative(v, "workload." + k);
    });
    adjacent = ImmutableSortedSet.copyOf(adjacent);
    for (String a : adjacent) {
      Checks.id(a, "adjacent");
      checkInput(!a.equals(id), "adjacent", a, "is the unit itself", "the ids of other units");
    }
    requireNonNull(location, "location");
  }

  /** The count of one workload fact, 0 when the unit does not list it. */
  public long fact(String name) {
    return workload.getOrDefault(name, 0L);
  }
}
