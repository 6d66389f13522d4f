package org.cungaiju.reform.api.grid;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A dedicated grid (专属网格) declared for a school, park, enterprise or similar: its units are
 * left out of the comprehensive grids.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the grid's id
 * @param name its name, such as {@code 示例小学}
 * @param kind what it is for
 * @param unitIds the units it covers, at least one, distinct
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record DedicatedGrid(
    String id, String name, DedicatedGridKind kind, ImmutableList<String> unitIds) {

  /** Validates ids and units. */
  public DedicatedGrid {
    Checks.id(id, "id");
    Checks.text(name, "name", 100, name);
    requireNonNull(kind, "kind");
    unitIds = ImmutableList.copyOf(unitIds);
    checkInput(!unitIds.isEmpty(), "unitIds", "[]", "is empty", "at least one unit");
    var seen = new HashSet<String>();
    for (String u : unitIds) {
      Checks.id(u, "unitIds");
      checkInput(seen.add(u), "unitIds", u, "is listed twice", "distinct unit ids");
    }
  }
}
