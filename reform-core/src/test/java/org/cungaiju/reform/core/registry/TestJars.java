package org.cungaiju.reform.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.spi.CountyPolicyProvider;

/** Builds plugin jars from source at test time, so the registry sees real jars. */
final class TestJars {
  private TestJars() {}

  /**
   * Compiles {@code sources} (class name → source) and writes them into {@code jar} with a
   * services file naming {@code providers}.
   */
  static Path build(Path jar, Map<String, String> sources, List<String> providers)
      throws IOException {
    Path work = Files.createTempDirectory(jar.getParent(), "src");
    List<String> files = new java.util.ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = work.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      files.add(file.toString());
    }
    String classPath = String.join(java.io.File.pathSeparator,
        Candidate.locationOf(CountyPolicyProvider.class), Candidate.locationOf(Api.class),
        Candidate.locationOf(ImmutableList.class));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of("-d", work.toString(), "-cp",
        classPath, "--release", "17", "-nowarn"));
    args.addAll(files);
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> classes = Files.walk(work)) {
      for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
        out.putNextEntry(new JarEntry(work.relativize(c).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(c));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + CountyPolicyProvider.class.getName()));
      OutputStream o = out;
      o.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** The source of a provider class with the given id, county and constructor body. */
  static String provider(String className, String id, String county, String constructorBody) {
    int dot = className.lastIndexOf('.');
    return "package " + className.substring(0, dot) + ";\n"
        + "public class " + className.substring(dot + 1)
        + " implements org.cungaiju.reform.spi.CountyPolicyProvider {\n"
        + "  public " + className.substring(dot + 1) + "() { " + constructorBody + " }\n"
        + "  public String id() { return \"" + id + "\"; }\n"
        + "  public String countyCode() { return \"" + county + "\"; }\n"
        + "  public org.cungaiju.reform.spi.SpiVersion spiVersion() {"
        + " return org.cungaiju.reform.spi.SpiVersion.of(1, 0); }\n"
        + "  public String displayName() { return \"jar plugin\"; }\n"
        + "}\n";
  }
}
