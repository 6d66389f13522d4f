package org.cungaiju.reform.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.generate.CityGenerator;
import org.cungaiju.reform.core.generate.CityOptions;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reform generate}: writes a fictional community dossier made by the seeded generator,
 * the same for the same options, for trying the library out and for tests; or, with {@code
 * --communities N}, a whole fictional city of N dossiers made one at a time, as an NDJSON
 * stream (one dossier per line) or as a folder of dossier files.
 *
 * <p>Without options it writes the bundled sample ({@code samples/xinhui-sample.json}); the
 * other options start from its settings and change one thing at a time. A city is written as
 * it is made, so memory stays that of one community however many there are.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes a fictional community dossier made by the seeded generator: the same options "
            + "always give the same dossier.",
        "With --communities N, writes a fictional city of N communities instead, one dossier at "
            + "a time: as NDJSON (one dossier per line) to --out or standard output, or as a "
            + "folder of dossier files (--format folder --out DIR).",
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

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "where to write the dossier (default: standard output); with "
          + "--communities, the NDJSON file (- for standard output) or the folder")
  Path out;

  @Option(names = "--communities", paramLabel = "N",
      description = "make a city of N communities instead of one dossier (1 to "
          + CityOptions.MAX_COMMUNITIES + ")")
  Integer communities;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "with --communities: ndjson (one dossier per line, the default) or folder "
          + "(one pretty-printed file per community, named by its id)")
  String format;

  @Option(names = "--members-per-group", paramLabel = "N",
      description = "with --communities: about how many members a group-level organization "
          + "has (default: " + CityOptions.DEFAULT_MEMBERS_PER_GROUP + ")")
  Integer membersPerGroup;

  /** Generates and writes the dossier, or the city. */
  @Override
  public Integer call() throws IOException {
    if (communities != null) {
      return city();
    }
    if (format != null || membersPerGroup != null) {
      throw new ParameterException(spec.commandLine(),
          "--format and --members-per-group need --communities");
    }
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

  private int city() throws IOException {
    if (county != null || households != null || groups != null || gridUnits != null) {
      throw new ParameterException(spec.commandLine(), "--county, --households, --groups and "
          + "--grid-units describe one community; a city (--communities) draws them for each");
    }
    CityOptions options = new CityOptions(seed != null ? seed : GeneratorOptions.SAMPLE_SEED,
        communities, asOf != null ? asOf : CityOptions.DEFAULT_AS_OF,
        membersPerGroup != null ? membersPerGroup : CityOptions.DEFAULT_MEMBERS_PER_GROUP);
    boolean folder = "folder".equals(format);
    if (format != null && !folder && !"ndjson".equals(format)) {
      throw new ParameterException(spec.commandLine(),
          "--format " + format + " is not a format; accepted: ndjson, folder");
    }
    PrintWriter err = spec.commandLine().getErr();
    CityCount count = new CityCount(err, communities);
    Iterator<Dossier> city = CityGenerator.iterator(options);
    if (folder) {
      if (out == null || out.toString().equals("-")) {
        throw new ParameterException(spec.commandLine(), "--format folder needs --out DIR");
      }
      Files.createDirectories(out);
      while (city.hasNext()) {
        Dossier d = city.next();
        Path file = out.resolve(d.community().id() + ".json");
        try {
          DossierWriter.write(d, file);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        count.add(d);
      }
    } else if (out == null || out.toString().equals("-")) {
      PrintWriter stdout = spec.commandLine().getOut();
      while (city.hasNext()) {
        Dossier d = city.next();
        stdout.print(DossierWriter.toLine(d));
        count.add(d);
      }
      stdout.flush();
    } else {
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
        while (city.hasNext()) {
          Dossier d = city.next();
          DossierWriter.writeLine(d, stream);
          count.add(d);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
    }
    err.println("wrote " + count + (out == null ? "" : " to " + out));
    err.flush();
    return ExitCode.OK;
  }

  /** What has been written so far; says so on standard error every hundred communities. */
  private static final class CityCount {
    private final PrintWriter err;
    private final int total;
    private int communities;
    private long organizations;
    private long persons;

    CityCount(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    void add(Dossier d) {
      communities++;
      organizations += d.organizations().size();
      persons += d.persons().size();
      if (communities % 100 == 0 && communities < total) {
        err.println("… " + this);
        err.flush();
      }
    }

    @Override
    public String toString() {
      return communities + " of " + total + " communities (" + organizations
          + " organizations, " + persons + " persons)";
    }
  }
}
