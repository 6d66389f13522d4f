package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliciesCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** A jar in {@code dir} whose services file names {@code providers}, holding {@code classes}. */
  private static void jar(Path jar, String providers, Class<?>... classes) throws IOException {
    try (JarOutputStream o = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> c : classes) {
        String name = c.getName().replace('.', '/') + ".class";
        o.putNextEntry(new JarEntry(name));
        try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
          in.transferTo(o);
        }
        o.closeEntry();
      }
      o.putNextEntry(new JarEntry("META-INF/services/" + CountyPolicyProvider.class.getName()));
      o.write(providers.getBytes(StandardCharsets.UTF_8));
      o.closeEntry();
    }
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
    jar(dir.resolve("guangzhou.jar"), GuangzhouPlugin.class.getName() + "\n",
        GuangzhouPlugin.class);
    assertThat(run("policies", "--plugins", dir.toString())).isEqualTo(ExitCode.INVALID);
    assertThat(out.toString()).contains("guangzhou").contains("FAILED");
    assertThat(err.toString()).contains("[UNKNOWN_COUNTY] plugin 'guangzhou'")
        .contains("440103");
  }

  @Test
  void exitsOneNamingAProviderThatCannotBeFound(@TempDir Path dir) throws IOException {
    jar(dir.resolve("typo.jar"), "org.example.NoSuchPolicy\n");
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
