package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliciesCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void listsTheMunicipalDefaultWithEveryFacetAndExitsZero() {
    assertThat(run("policies")).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("Policy plugins: 1 found, 0 failures")
        .contains("jiangmen-default").contains("(municipal default)")
        .contains("membership     guangdong-2006   [1900-01-01, 2025-05-01)")
        .contains("membership     rceo-law-2025    [2025-05-01, …)")
        .contains("publicService")
        .contains("440705 新会区  municipal default");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exitsOneAndPrintsTheFailureWhenAPluginFails(@TempDir Path dir) throws IOException {
    PluginJars.jar(dir.resolve("guangzhou.jar"), GuangzhouPlugin.class.getName() + "\n",
        GuangzhouPlugin.class);
    assertThat(run("policies", "--plugins", dir.toString())).isEqualTo(ExitCode.INVALID);
    assertThat(out.toString()).contains("guangzhou").contains("FAILED");
    assertThat(err.toString()).contains("[UNKNOWN_COUNTY] plugin 'guangzhou'")
        .contains("440103");
  }

  @Test
  void exitsOneNamingAProviderThatCannotBeFound(@TempDir Path dir) throws IOException {
    PluginJars.jar(dir.resolve("typo.jar"), "org.example.NoSuchPolicy\n");
    assertThat(run("policies", "--plugins", dir.toString())).isEqualTo(ExitCode.INVALID);
    assertThat(err.toString()).contains("org.example.NoSuchPolicy");
  }

  @Test
  void aPluginFolderThatIsNotAFolderIsAUsageError(@TempDir Path dir) {
    assertThat(run("policies", "--plugins", dir.resolve("missing").toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("is not a folder");
  }
}
