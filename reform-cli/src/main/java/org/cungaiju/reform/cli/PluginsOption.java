package org.cungaiju.reform.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --plugins DIR} option every subcommand mixes in ({@code @Mixin PluginsOption
 * plugins;}), and the policy registry it gives.
 *
 * <p>{@code java -jar reform.jar} ignores the class path, so county plugins come from a folder:
 * each jar in it joins the registry through a class loader of its own, beside the plugins
 * {@link java.util.ServiceLoader} finds on the class path or module path.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class PluginsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "A folder of county policy plugin jars; each jar in it joins the registry.")
  Path folder;

  @Option(names = "--strict-plugins",
      description = "Refuse to run when any plugin fails to load, not only its county.")
  boolean strict;

  /**
   * The registry of the plugins found on the class path and module path and in {@code --plugins}.
   *
   * @throws ParameterException if {@code --plugins} is not a folder (a usage error)
   * @throws org.cungaiju.reform.api.error.PolicyConfigurationException if a provider cannot be
   *     constructed, or anything fails in strict mode
   */
  public PolicyRegistry registry() {
    PolicyRegistry.Builder builder = PolicyRegistry.builder().strict(strict).discover();
    if (folder != null) {
      if (!Files.isDirectory(folder)) {
        throw new ParameterException(mixee.commandLine(),
            "--plugins: '" + folder + "' is not a folder; give a folder holding plugin jars");
      }
      builder.discoverIn(folder);
    }
    return builder.build();
  }
}
