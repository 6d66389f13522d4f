package org.cungaiju.reform.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.error.TieRefusedException;
import picocli.CommandLine;

/**
 * The entry point of the {@code reform} command.
 *
 * <p>Exit codes follow {@link ExitCode}: a {@link ReformException} from a subcommand is printed
 * (its message names the path, value and what is accepted) and ends with {@link
 * ExitCode#INVALID}; a usage error prints the usage and ends with {@link ExitCode#USAGE}.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class Main {

  private Main() {}

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command, writing to {@code out} and {@code err}, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /**
   * Runs the command, reading standard input ({@code reform batch -}) from {@code in} and
   * writing to {@code out} and {@code err}, and returns its exit code.
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    ((BatchCommand) cli.getSubcommands().get("batch").getCommand()).stdin = in;
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line, for tests and embedding. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ReformCommand());
    cli.setExitCodeExceptionMapper(Main::exitCodeOf);
    cli.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("reform: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof ReformException || isIo(ex)) {
        commandLine.getErr().println("reform: " + ex.getMessage());
      } else {
        commandLine.getErr().println("reform: internal error, please report it: " + ex);
      }
      return exitCodeOf(ex);
    });
    return cli;
  }

  private static int exitCodeOf(Throwable t) {
    if (t instanceof TieRefusedException) {
      return ExitCode.TIE_REFUSED;
    }
    if (isIo(t)) {
      return ExitCode.USAGE;
    }
    return ExitCode.INVALID;
  }

  private static boolean isIo(Throwable t) {
    return t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException;
  }
}
