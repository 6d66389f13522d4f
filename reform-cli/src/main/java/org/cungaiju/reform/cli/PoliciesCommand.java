package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.core.registry.LoadFailure;
import org.cungaiju.reform.core.registry.PluginDescription;
import org.cungaiju.reform.core.registry.RegistryDescription;
import org.cungaiju.reform.core.registry.VersionDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reform policies}: prints what the policy registry found — every plugin with its jar,
 * county, SPI version, facets and validity windows; which plugin serves each county; every
 * failure — and exits with {@link ExitCode#INVALID} when any plugin failed.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = {"Lists the county policy plugins found, their facets and validity windows, "
        + "and every loading failure.",
        "Exit codes: 0 every plugin loaded, 1 a plugin failed, 2 usage error."})
public final class PoliciesCommand implements Callable<Integer> {

  @Mixin PluginsOption plugins;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RegistryDescription d = plugins.registry().describe();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Policy plugins: " + d.plugins().size() + " found, " + d.failures().size()
        + " failure" + (d.failures().size() == 1 ? "" : "s")
        + (d.strict() ? " (strict)" : ""));
    for (PluginDescription p : d.plugins()) {
      out.println();
      out.println(p.id() + "  " + p.displayName() + "  county " + p.countyCode()
          + p.county().map(c -> " " + c.chineseName()).orElse("") + "  SPI " + p.spiVersion()
          + (p.municipalDefault() ? "  (municipal default)" : "")
          + (p.failed() ? "  FAILED" : ""));
      out.println("  provider " + p.providerClass());
      out.println("  location " + p.location());
      for (VersionDescription v : p.versions()) {
        out.printf("  %-14s %-16s %-28s %s%n", v.facet(), v.versionId(), v.validity(),
            v.source());
      }
    }
    out.println();
    out.println("Counties:");
    for (County c : County.values()) {
      String failed = d.failedCounties().containsKey(c) ? "FAILED (see failures)" : null;
      List<String> ids = d.plugins().stream()
          .filter(p -> p.county().equals(java.util.Optional.of(c)) && !p.failed())
          .map(PluginDescription::id)
          .collect(Collectors.toList());
      out.println("  " + c.code() + " " + c.chineseName() + "  " + (failed != null ? failed
          : ids.isEmpty() ? "municipal default" : String.join(", ", ids)
              + (c.isCounty() ? " (other facets and dates: municipal default)" : "")));
    }
    if (d.hasFailures()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Failures:");
      for (LoadFailure f : d.failures()) {
        err.println("  [" + f.kind() + "] " + f.message());
      }
      return ExitCode.INVALID;
    }
    return ExitCode.OK;
  }
}
