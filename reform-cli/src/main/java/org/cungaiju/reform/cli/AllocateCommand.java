package org.cungaiju.reform.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.core.allocation.Allocation;
import org.cungaiju.reform.core.allocation.Apportionment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reform allocate [FILE|-]}: shares whole units in proportion to weights, by a method of
 * apportionment, and prints each claim's units and the claims tied at the margin.
 *
 * <p>The request ({@link AllocationRequest}) comes from {@code FILE}, or from standard input when
 * {@code FILE} is {@code -} or absent. Exit codes: {@link ExitCode#OK}; {@link ExitCode#INVALID}
 * for an invalid request or bounds that cannot be met; {@link ExitCode#USAGE} for a file that
 * cannot be read; {@link ExitCode#TIE_REFUSED} for a tie under {@code --refuse-ties}.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Shares a whole number of units in proportion to weights (apportionment) and prints each"
            + " claim's units, in input order, and the claims tied at the margin.",
        "",
        "Request: {\"total\": 435, \"method\": \"huntington-hill\", \"claims\": [{\"id\": \"CA\","
            + " \"weight\": \"39576757\", \"min\": 1}, ...]}; method one of largest-remainder,"
            + " dhondt, sainte-lague, huntington-hill, adams; min and max optional.",
        "",
        "Exit codes: 0 allocated, 1 invalid request or bounds that cannot be met, 2 usage "
            + "error, 3 a tie refused under --refuse-ties."
    })
public final class AllocateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The request (JSON); - or absent for standard input.")
  String file;

  @Option(names = "--refuse-ties",
      description = "Refuse a result tied at the margin (exit code 3) instead of breaking the tie"
          + " by claim order.")
  boolean refuseTies;

  @Override
  public Integer call() throws IOException {
    AllocationRequest request = AllocationRequest.read(input());
    Apportionment apportionment = Apportionment.of(request.method());
    if (refuseTies) {
      apportionment = apportionment.refusingTies();
    }
    Allocation allocation;
    try {
      allocation = apportionment.allocate(request.total(), request.claims());
    } catch (InvalidInputException e) {
      throw e.under("$");
    }
    print(allocation, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  private byte[] input() throws IOException {
    if (file == null || file.equals("-")) {
      InputStream in = System.in;
      return in.readAllBytes();
    }
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new IOException("cannot read the request " + file + ": " + e, e);
    }
  }

  /** The result as JSON, one allocation a line. */
  static void print(Allocation a, PrintWriter out) {
    out.println("{");
    out.println("  \"method\": " + quoted(a.method().id()) + ",");
    out.println("  \"total\": " + a.total() + ",");
    out.print("  \"allocations\": [");
    for (int i = 0; i < a.claims().size(); i++) {
      out.print(i == 0 ? "\n" : ",\n");
      out.print("    {\"id\": " + quoted(a.claims().get(i).id()) + ", \"units\": " + a.units(i)
          + "}");
    }
    out.println(a.claims().isEmpty() ? "]," : "\n  ],");
    List<String> ties = a.tiedIds();
    out.print("  \"ties\": [");
    for (int i = 0; i < ties.size(); i++) {
      out.print((i == 0 ? "" : ", ") + quoted(ties.get(i)));
    }
    out.println("]");
    out.println("}");
    out.flush();
  }

  private static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
