package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.ReadResult;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.report.Texts;
import org.cungaiju.reform.core.run.ReformRun;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reform batch PATH}: the whole reform over many dossiers — a folder of dossier files,
 * or an NDJSON stream (a file, or {@code -} for standard input) with one dossier per line.
 *
 * <h2>Output</h2>
 *
 * <ul>
 *   <li>Standard output: one summary line per dossier (NDJSON, see {@code docs/cli.md}), in
 *       the order read; with {@code --full} each line also holds the whole report.
 *   <li>Report folders: for a folder of dossiers, {@code report.json} and {@code report.html}
 *       of each into {@code DIR/<file name without .json>/} ({@code --out}, default {@value
 *       #DEFAULT_OUT}); for a stream, into {@code DIR/line-<n>-<community id>/} only when
 *       {@code --out} is given.
 *   <li>Standard error: the progress (a bar on a terminal, a line per dossier when redirected),
 *       then the summary table and every error.
 * </ul>
 *
 * <p>One bad dossier never stops the others: an invalid one, or one whose report has a failed
 * section, is listed with its errors at the end and the batch goes on; the exit code is then
 * {@link ExitCode#INVALID}. A stream is read a line at a time within the library's JSON limits,
 * and each dossier is let go once its line is written, so memory does not grow with the
 * stream's length.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Runs the whole reform over many dossiers: PATH is a folder of dossier files (a "
            + "county's communities; a report folder for each goes to --out), or an NDJSON file, "
            + "or - for standard input, with one dossier per line. Prints one summary line per "
            + "dossier as NDJSON on standard output; progress, the summary table and every "
            + "error on standard error. A bad dossier never stops the others.",
        "Exit codes: 0 every report complete, 1 a dossier was invalid or a report has a failed "
            + "section (all listed at the end), 2 usage error."})
public final class BatchCommand implements Callable<Integer> {

  /** The folder reports of a folder of dossiers go to without {@code --out}. */
  static final String DEFAULT_OUT = "reform-batch";

  /** Where {@code -} reads from; {@link Main} sets it. */
  InputStream stdin = System.in;

  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(paramLabel = "PATH",
      description = "a folder of dossier files (*.json), an NDJSON file, or - for standard input")
  String path;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "where to write each dossier's report folder (default for a folder of "
          + "dossiers: " + DEFAULT_OUT + "; a stream's reports are written only with --out)")
  Path out;

  @Option(names = "--full",
      description = "put the whole report in each line of standard output, not only the summary")
  boolean full;

  private PrintWriter stdout;
  private Texts messages;
  private Progress progress;
  private final BatchTally tally = new BatchTally();

  /** Runs the batch. */
  @Override
  public Integer call() throws IOException {
    stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    messages = options.lang.messages();
    progress = Progress.of(err, messages, System.console() != null);
    try (PolicyRegistry registry = options.registry()) {
      ReformRun run = new ReformRun(registry);
      if (path.equals("-")) {
        stream(run, stdin);
      } else {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
          folder(run, p);
        } else if (Files.isRegularFile(p)) {
          try (InputStream in = Files.newInputStream(p)) {
            stream(run, in);
          }
        } else {
          throw new ParameterException(spec.commandLine(), "PATH: '" + path
              + "' is neither a folder, a file nor -; give a folder of dossiers or an NDJSON file");
        }
      }
    } finally {
      progress.finish();
    }
    tally.print(err, messages, options.lang.report());
    return tally.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
  }

  private void folder(ReformRun run, Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json")
          && Files.isRegularFile(f)).sorted().toList();
    }
    Path reports = out != null ? out : Path.of(DEFAULT_OUT);
    long done = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      ReadResult<Dossier> read;
      try {
        read = DossierReader.validate(file);
      } catch (IOException e) {
        read = ReadResult.invalid(List.of(Violation.of("$", name, "cannot be read: " + e,
            "a readable file")));
      }
      String stem = name.substring(0, name.length() - ".json".length());
      one(run, "file", name, name, read, reports.resolve(stem), ++done, files.size());
    }
  }

  private void stream(ReformRun run, InputStream in) throws IOException {
    NdjsonLines lines = new NdjsonLines(in, ReformJson.MAX_DOCUMENT_LENGTH);
    long done = 0;
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      String source = messages.format("batch.lineSource", lines.number());
      ReadResult<Dossier> read = lines.tooLong()
          ? ReadResult.invalid(List.of(Violation.of("$", "line " + lines.number(),
              "is longer than " + ReformJson.MAX_DOCUMENT_LENGTH + " bytes",
              "one dossier per line within the library's JSON limits")))
          : DossierReader.validate(lines.stream());
      Path folder = out == null ? null : read.value().map(d -> out.resolve(String.format(
          "line-%06d-%s", lines.number(), d.community().id()))).orElse(null);
      one(run, "line", lines.number(), source, read, folder, ++done, -1);
    }
  }

  /** Runs, writes and tallies one dossier; a bad one is listed, never thrown. */
  private void one(ReformRun run, String sourceKind, Object sourceValue, String source,
      ReadResult<Dossier> read, Path folder, long done, long total) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put(sourceKind, sourceValue);
    String outcome = read.isValid() ? report(run, source, read.orElseThrow(), folder, line)
        : invalid(source, read.violations(), line);
    stdout.println(ReformJson.write(line));
    stdout.flush();
    progress.step(done, total, source, outcome);
  }

  private String report(ReformRun run, String source, Dossier dossier, Path folder,
      Map<String, Object> line) {
    Report report;
    try {
      report = options.run(run, dossier);
    } catch (RuntimeException e) {
      // a defect of the library, not of the dossier: listed, and the batch goes on
      String error = "internal error, please report it: " + e;
      tally.invalid(source, List.of(error));
      line.put("outcome", "ERROR");
      line.put("error", error);
      return messages.text("batch.internalError");
    }
    if (folder != null) {
      ReportFiles.write(report, folder, options.lang.language());
    }
    tally.report(source, report);
    summarize(line, report, folder);
    return report.complete() ? messages.text("batch.completeReport")
        : messages.format("batch.incompleteReport", report.failures().size());
  }

  private String invalid(String source, List<Violation> violations, Map<String, Object> line) {
    List<String> problems = new ArrayList<>();
    violations.forEach(v -> problems.add(v.toString()));
    tally.invalid(source, problems);
    line.put("outcome", "INVALID");
    line.put("violations", violations);
    return messages.format("batch.invalidDossier", violations.size());
  }

  private void summarize(Map<String, Object> line, Report report, Path folder) {
    line.put("outcome", report.complete() ? "COMPLETE" : "INCOMPLETE");
    Map<String, Object> community = new LinkedHashMap<>();
    community.put("id", report.dossier().community().id());
    community.put("name", report.dossier().community().name());
    community.put("county", report.dossier().county().code());
    line.put("community", community);
    line.put("date", report.date().toString());
    Map<String, Object> sections = new LinkedHashMap<>();
    for (Map.Entry<String, Section> e : report.sections().entrySet()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("status", e.getValue().status());
      s.put("figures", e.getValue().figures());
      e.getValue().error().ifPresent(error -> s.put("error", error));
      sections.put(e.getKey(), s);
    }
    line.put("sections", sections);
    if (folder != null) {
      line.put("reportFolder", folder.toString());
    }
    if (full) {
      line.put("report", report);
    }
  }
}
