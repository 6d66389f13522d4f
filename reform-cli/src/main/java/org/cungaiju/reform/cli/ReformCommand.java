package org.cungaiju.reform.cli;

import org.cungaiju.reform.api.Api;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code reform} command; it only dispatches to its subcommands. */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "reform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Calculations of Jiangmen's village-to-residence (村改居) community reform.",
    subcommands = {ValidateCommand.class, GenerateCommand.class, PoliciesCommand.class,
        AllocateCommand.class, DistributeCommand.class, GridsCommand.class,
        GovernanceCommand.class, LedgerCommand.class, RunCommand.class, DemoCommand.class,
        BatchCommand.class})
public final class ReformCommand implements Runnable {

  @Spec CommandSpec spec;

  /** Without a subcommand, says which ones there are. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a subcommand; see reform --help");
  }
}
