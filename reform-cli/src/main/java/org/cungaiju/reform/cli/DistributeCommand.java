package org.cungaiju.reform.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.dividend.DividendEngine;
import org.cungaiju.reform.core.dividend.YearDistribution;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reform distribute FILE}: a financial year's dividends (收益分配) for every organization
 * of a dossier — the register paid on, the reserve and welfare funds, the pool and each
 * holder's and household's payout — as JSON, or as a table with {@code --format text}.
 *
 * <p>An organization without figures for the year, without positive income or without shares
 * is listed with that status, not left out; the exit code is still {@link ExitCode#OK}. An
 * invalid dossier or a failing plugin exits with {@link ExitCode#INVALID}; a file that cannot
 * be read, a bad option, or a dossier without any figures when no {@code --year} is given is a
 * usage error ({@link ExitCode#USAGE}).
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "distribute",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Distributes a financial year's income (收益分配) of every organization of a dossier: the "
            + "register in force (the dossier's, else quantified under the county's share "
            + "scheme), the reserve and welfare funds (each rounded down to the fen), the pool, "
            + "and each holder's and household's payout to the fen, with explanations.",
        "Exit codes: 0 done (organizations without figures, income or shares are listed with "
            + "their status), 1 invalid dossier or failing plugin, 2 usage error."})
public final class DistributeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginsOption plugins;

  @Parameters(paramLabel = "FILE", description = "the community dossier")
  Path file;

  @Option(names = "--date", paramLabel = "DATE",
      description = "the date whose policies, members and registers apply (default: the "
          + "dossier's asOf)")
  LocalDate date;

  @Option(names = "--year", paramLabel = "YEAR",
      description = "the financial year to distribute (default: the latest year the dossier "
          + "has figures for)")
  Integer year;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or text: a readable table in Chinese with English labels")
  String format;

  /** Distributes and prints. */
  @Override
  public Integer call() {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!chosen.equals("json") && !chosen.equals("text")) {
      throw new ParameterException(spec.commandLine(),
          "--format: '" + format + "' is not a format; give json or text");
    }
    Dossier dossier = DossierFiles.validate(file).orElseThrow();
    int y = year != null ? year : DividendEngine.latestYear(dossier).orElseThrow(
        () -> new ParameterException(spec.commandLine(), "the dossier has no financial "
            + "figures (finances is empty), so there is no latest year; give --year YEAR"));
    YearDistribution result;
    try (PolicyRegistry registry = plugins.registry()) {
      result = new DividendEngine(registry).distribute(dossier, y,
          date == null ? dossier.asOf() : date);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(chosen.equals("json") ? json(result) : DistributionText.of(result, dossier));
    out.flush();
    return ExitCode.OK;
  }

  private static String json(YearDistribution result) {
    try {
      return ReformJson.prettyWriter().writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the distribution as JSON", e);
    }
  }
}
