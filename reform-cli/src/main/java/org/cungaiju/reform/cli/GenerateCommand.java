package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reform generate}: writes a fictional community dossier made by the seeded generator,
 * the same for the same options, for trying the library out and for tests.
 *
 * <p>{@code --sample} gives the bundled sample ({@code samples/xinhui-sample.json}); the other
 * options start from its settings and change one thing at a time.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes a fictional community dossier made by the seeded generator: the same options "
            + "always give the same dossier.",
        "Exit codes: 0 written, 1 invalid options, 2 usage error."})
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginsOption plugins;

  @Option(names = "--seed", paramLabel = "N", description = "the seed (default: the sample's)")
  Long seed;

  @Option(names = "--county", paramLabel = "CODE",
      description = "the county's six-digit code (default: 440705 新会区)")
  String county;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "the date the dossier is true at (default: 2025-12-31)")
  LocalDate asOf;

  @Option(names = "--households", paramLabel = "N",
      description = "how many households (default: the sample's 1600)")
  Integer households;

  @Option(names = "--groups", paramLabel = "N",
      description = "group-level organizations under the village one (default: 4)")
  Integer groups;

  @Option(names = "--grid-units", paramLabel = "N",
      description = "grid units (default: the sample's 140)")
  Integer gridUnits;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "where to write the dossier (default: standard output)")
  Path out;

  /** Generates and writes the dossier. */
  @Override
  public Integer call() throws IOException {
    GeneratorOptions.Builder options = GeneratorOptions.xinhuiSample().toBuilder();
    if (seed != null) {
      options.seed(seed);
    }
    if (county != null) {
      options.county(County.of(county));
    }
    if (asOf != null) {
      options.asOf(asOf);
    }
    if (households != null) {
      options.households(households);
    }
    if (groups != null) {
      options.groups(groups);
    }
    if (gridUnits != null) {
      options.gridUnits(gridUnits);
    }
    Dossier dossier = DossierGenerator.generate(options.build());
    if (out == null) {
      spec.commandLine().getOut().print(DossierWriter.toJson(dossier));
      spec.commandLine().getOut().flush();
    } else {
      try (OutputStream stream = Files.newOutputStream(out)) {
        DossierWriter.write(dossier, stream);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
      spec.commandLine().getErr().println("wrote " + out + ": " + dossier.persons().size()
          + " persons in " + dossier.households().size() + " households");
    }
    return ExitCode.OK;
  }
}
