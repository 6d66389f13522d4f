package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.PolicyConfigurationException;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.guard.PluginFaultException;

/**
 * Why a section of a {@link Report} failed: the kind of error, its message as the library
 * wrote it (personal data already masked), the violations of invalid input with their paths,
 * and, for a plugin's fault, the plugin, facet, version and the input's JSON path.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of error
 * @param message the error's message
 * @param violations each broken rule with its path, for {@link ErrorKind#INVALID_INPUT}
 * @param pluginId the plugin at fault, for {@link ErrorKind#PLUGIN_FAULT}
 * @param facet the facet the plugin was deciding, for {@link ErrorKind#PLUGIN_FAULT}
 * @param version the facet version, for {@link ErrorKind#PLUGIN_FAULT}
 * @param inputPath the JSON path of the input being decided, when known
 * @param dependsOn the failed section this one needed, for {@link ErrorKind#DEPENDENCY_FAILED}
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record SectionError(
    ErrorKind kind,
    String message,
    ImmutableList<Violation> violations,
    Optional<String> pluginId,
    Optional<String> facet,
    Optional<String> version,
    Optional<String> inputPath,
    Optional<String> dependsOn) {

  /** Validates that every part is present and copies the violations. */
  public SectionError {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
    violations = ImmutableList.copyOf(violations);
    requireNonNull(pluginId, "pluginId");
    requireNonNull(facet, "facet");
    requireNonNull(version, "version");
    requireNonNull(inputPath, "inputPath");
    requireNonNull(dependsOn, "dependsOn");
  }

  /** The error {@code e} stands for. */
  public static SectionError of(ReformException e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof PluginFaultException f) {
      return new SectionError(ErrorKind.PLUGIN_FAULT, message, ImmutableList.of(),
          Optional.of(f.pluginId()), Optional.of(f.facet()), Optional.of(f.version()),
          f.inputPath(), Optional.empty());
    }
    if (e instanceof InvalidInputException i) {
      return simple(ErrorKind.INVALID_INPUT, message, i.violations());
    }
    ErrorKind kind = e instanceof PolicyConfigurationException ? ErrorKind.POLICY_CONFIGURATION
        : e instanceof ConflictException ? ErrorKind.CONFLICT
        : e instanceof InfeasibleException ? ErrorKind.INFEASIBLE
        : ErrorKind.OTHER;
    return simple(kind, message, ImmutableList.of());
  }

  /** A section not produced because the section {@code failed} it needs failed. */
  public static SectionError dependencyFailed(String failed) {
    return new SectionError(ErrorKind.DEPENDENCY_FAILED,
        "not produced: it needs the section " + failed + ", which failed", ImmutableList.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(failed));
  }

  private static SectionError simple(ErrorKind kind, String message, Iterable<Violation> v) {
    return new SectionError(kind, message, ImmutableList.copyOf(v), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
