package org.cungaiju.reform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.cungaiju.reform.spi.CountyPolicyProvider;

/** Plugin jars for {@code --plugins} tests. */
final class PluginJars {

  private PluginJars() {}

  /** A jar whose services file names {@code providers}, holding {@code classes}. */
  static void jar(Path jar, String providers, Class<?>... classes) throws IOException {
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
}
