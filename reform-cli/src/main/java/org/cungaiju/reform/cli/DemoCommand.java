package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.report.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reform demo}: {@code reform run} on the bundled sample, into {@code ./reform-demo/}.
 *
 * <p>The sample is made by the seeded generator from {@link GeneratorOptions#xinhuiSample()}:
 * the same dossier as {@code samples/xinhui-sample.json} (a test checks they are equal), so the
 * demo works from any folder without the repository.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Runs the whole reform on the bundled sample, a fictional community of 新会区 "
            + "(samples/xinhui-sample.json), writes report.json and report.html into the "
            + "output folder and prints what the sample holds, a short summary and the "
            + "report's path.",
        "Exit codes: 0 done, 1 a section failed (with --plugins), 2 usage error."})
public final class DemoCommand implements Callable<Integer> {

  /** The folder the demo's report goes to without {@code --out}. */
  static final String DEFAULT_OUT = "reform-demo";

  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "the folder to write the report into (default: " + DEFAULT_OUT + ")")
  Path out = Path.of(DEFAULT_OUT);

  /**
   * Generates the sample — a dossier whose every check and cross-reference has passed, or it
   * could not exist — says what it holds, then runs, writes and summarises.
   */
  @Override
  public Integer call() {
    Dossier sample = DossierGenerator.generate(GeneratorOptions.xinhuiSample());
    PrintWriter stdout = spec.commandLine().getOut();
    Texts messages = options.lang.messages();
    stdout.println(messages.format("demo.sample", sample.persons().size(),
        sample.households().size(), sample.organizations().size(), sample.gridUnits().size()));
    return options.runAndWrite(sample, out, stdout, spec.commandLine().getErr());
  }
}
