package org.cungaiju.reform.core.registry;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.cungaiju.reform.spi.CountyPolicyProvider;

/**
 * A provider found by discovery or registration: constructed, or the error that stopped it.
 */
record Candidate(
    String providerClass,
    String location,
    Optional<CountyPolicyProvider> provider,
    Optional<Throwable> error,
    boolean municipalDefault) {

  static Candidate of(CountyPolicyProvider provider, String location, boolean municipalDefault) {
    return new Candidate(provider.getClass().getName(), location, Optional.of(provider),
        Optional.empty(), municipalDefault);
  }

  static Candidate of(CountyPolicyProvider provider, boolean municipalDefault) {
    return of(provider, locationOf(provider.getClass()), municipalDefault);
  }

  static Candidate failed(String providerClass, String location, Throwable error) {
    return new Candidate(providerClass, location, Optional.empty(), Optional.of(error), false);
  }

  /** The jar or folder a class was loaded from, as a path where it is a file. */
  static String locationOf(Class<?> type) {
    try {
      CodeSource cs = type.getProtectionDomain().getCodeSource();
      URL url = cs == null ? null : cs.getLocation();
      if (url != null) {
        return "file".equals(url.getProtocol()) ? Path.of(url.toURI()).toString() : url.toString();
      }
    } catch (SecurityException | URISyntaxException | IllegalArgumentException e) {
      // fall through to the module or loader name
    }
    Module module = type.getModule();
    if (module.isNamed()) {
      return "module " + module.getName();
    }
    ClassLoader loader = type.getClassLoader();
    return "unknown location (class loader " + (loader == null ? "bootstrap" : loader.getName())
        + ")";
  }
}
