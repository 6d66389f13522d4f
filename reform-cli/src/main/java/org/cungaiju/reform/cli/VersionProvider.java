package org.cungaiju.reform.cli;

import org.cungaiju.reform.api.Api;
import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, or says it is a development build. */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class VersionProvider implements IVersionProvider {

  /** The version of the running {@code reform}. */
  public static String version() {
    String v = ReformCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"reform " + version()};
  }
}
