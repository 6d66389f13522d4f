package org.cungaiju.reform.api.grid;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A grid (网格): a set of units served together, with the functions it carries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the grid's id
 * @param kind comprehensive or dedicated
 * @param unitIds the units in it, at least one, distinct
 * @param functions the functions it carries (多网合一)
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Grid(
    String id, GridKind kind, ImmutableList<String> unitIds, ImmutableSet<GridFunction> functions) {

  /** Validates ids and units. */
  public Grid {
    Checks.id(id, "id");
    requireNonNull(kind, "kind");
    unitIds = ImmutableList.copyOf(unitIds);
    functions = ImmutableSet.copyOf(functions);
    checkInput(!unitIds.isEmpty(), "unitIds", "[]", "is empty", "at least one unit");
    var seen = new HashSet<String>();
    for (String u : unitIds) {
      Checks.id(u, "unitIds");
      checkInput(seen.add(u), "unitIds", u, "is listed twice", "distinct unit ids");
    }
  }
}
