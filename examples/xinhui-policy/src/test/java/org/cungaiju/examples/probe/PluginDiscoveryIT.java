package org.cungaiju.examples.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Starts a JVM with the packaged plugin jar on the module path and one with it on the class
 * path; in both, the registry finds it through {@link java.util.ServiceLoader} (the module
 * descriptor's {@code provides} in the first, {@code META-INF/services} in the second).
 *
 * <p>Runs in the {@code integration-test} phase (failsafe), after {@code package} has built
 * the jar; the libraries are located through the classes the test itself loads.
 */
class PluginDiscoveryIT {

  private static final Path JAR = Path.of(System.getProperty("xinhui.jar"));
  private static final Path TEST_CLASSES = Path.of(System.getProperty("xinhui.testClasses"));

  /** reform-core and what it needs at run time, each as a jar or classes folder. */
  private static List<String> libraries() throws URISyntaxException {
    List<String> out = new ArrayList<>();
    for (Class<?> c : List.of(CountyPolicyProvider.class, Api.class, PolicyRegistry.class,
        ImmutableList.class,
        com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class,
        ObjectMapper.class, JsonParser.class, JsonAutoDetect.class, LoggerFactory.class)) {
      out.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return out;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("probe", ".txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the probe JVM did not finish");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    assertEquals(0, p.exitValue(), "the probe JVM failed:\n" + text);
    return text;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void findsThePluginOnTheModulePath() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the plugin jar is built: " + JAR);
    List<String> modulePath = new ArrayList<>(List.of(JAR.toString()));
    modulePath.addAll(libraries());
    String out = run(List.of(java(), "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "ALL-MODULE-PATH", "-cp", TEST_CLASSES.toString(),
        DiscoveryProbe.class.getName()));
    assertTrue(out.contains("plugin xinhui module=org.cungaiju.examples.xinhui failed=false"),
        out);
  }

  @Test
  void findsThePluginOnTheClassPath() throws Exception {
    List<String> classPath = new ArrayList<>(List.of(JAR.toString()));
    classPath.addAll(libraries());
    classPath.add(TEST_CLASSES.toString());
    String out = run(List.of(java(), "-cp", String.join(File.pathSeparator, classPath),
        DiscoveryProbe.class.getName()));
    assertTrue(out.contains("plugin xinhui module=unnamed failed=false"), out);
  }
}
