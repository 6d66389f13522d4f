package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every subcommand answers {@code --help} with its usage and its exit codes. */
class HelpTest {

  @Test
  void everySubcommandHasHelpNamingItsExitCodes() {
    var subcommands = Main.commandLine().getSubcommands();
    assertThat(subcommands.keySet()).contains("run", "demo", "batch", "validate", "grids");
    for (String name : subcommands.keySet()) {
      CommandRun run = CommandRun.reform(name, "--help");
      assertThat(run.exitCode()).as(name).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(name).contains("Usage: reform " + name).contains("Exit codes: 0");
    }
  }

  @Test
  void theTopLevelHelpListsTheSubcommands() {
    CommandRun run = CommandRun.reform("--help");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    for (String name : Main.commandLine().getSubcommands().keySet()) {
      assertThat(run.out()).contains("  " + name);
    }
  }

  @Test
  void theReportCommandsTakeTheSameOptions() {
    for (String name : new String[] {"run", "demo", "batch"}) {
      CommandLine c = Main.commandLine().getSubcommands().get(name);
      for (String option : new String[] {"--date", "--lang", "--redact", "--plugins", "--out"}) {
        assertThat(c.getCommandSpec().findOption(option)).as(name + " " + option).isNotNull();
      }
    }
  }
}
