package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.core.grid.GridMap;
import org.cungaiju.reform.core.grid.GridPlan;
import org.cungaiju.reform.core.grid.GridPlanner;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reform grids FILE}: plans the community's comprehensive grids (综合网格) under the
 * grid standard in force for its county and prints the plan as JSON; {@code --svg MAP} also
 * draws the map.
 *
 * <p>A plan with grids that break a bound is still a complete plan: it exits with {@link
 * ExitCode#OK} and lists the violations ({@code summary.violationCount}, each grid's {@code
 * violations}). An invalid dossier, or a map asked of units without locations, exits with
 * {@link ExitCode#INVALID} before anything is printed; a file that cannot be read or written is
 * a usage error ({@link ExitCode#USAGE}).
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "grids",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Plans a community's comprehensive grids (综合网格) under the county's grid standard and "
            + "prints the plan as JSON: each grid's units, households, residents, workload, "
            + "workers, functions and broken bounds; the overall figures; the dedicated grids.",
        "Exit codes: 0 planned (grids breaking a bound are listed, not refused), 1 invalid "
            + "dossier or --svg without unit locations, 2 usage error."})
public final class GridsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginsOption plugins;

  @Mixin DossierInput input;

  @Option(names = "--svg", paramLabel = "MAP",
      description = "also draw the plan as an SVG map into this file; every grid unit needs a "
          + "location")
  Path svg;

  /** Plans, prints the JSON and writes the map. */
  @Override
  public Integer call() {
    Optional<Dossier> read = input.read();
    if (read.isEmpty()) {
      return ExitCode.INVALID;
    }
    Dossier dossier = read.get();
    PrintWriter err = spec.commandLine().getErr();
    List<String> missing = dossier.gridUnits().stream()
        .filter(u -> u.location().isEmpty()).map(GridUnit::id).toList();
    if (svg != null && !missing.isEmpty()) {
      err.println("reform: --svg: " + missing.size() + " of " + dossier.gridUnits().size()
          + " grid units carry no location (" + String.join(", ", missing.subList(0,
              Math.min(10, missing.size()))) + (missing.size() > 10 ? ", …" : "")
          + "); the map needs every unit's location (gridUnits[].location in metres). "
          + "Run without --svg for the plan alone.");
      return ExitCode.INVALID;
    }
    GridPlan plan;
    try (PolicyRegistry registry = plugins.registry()) {
      plan = new GridPlanner(registry).plan(dossier, input.dateFor(dossier));
    }
    ReportOutput.json(spec.commandLine().getOut(), plan);
    if (svg != null) {
      String map = GridMap.svg(plan, dossier.gridUnits(),
          dossier.community().name() + " 综合网格划分");
      try {
        Files.writeString(svg, map, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + svg + ": " + e.getMessage(), e);
      }
      err.println("wrote " + svg + ": " + plan.summary().gridCount() + " grids, "
          + plan.dedicatedGrids().size() + " dedicated grids");
    }
    return ExitCode.OK;
  }

}
