package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.PolicyConfigurationException;

/**
 * A county policy plugin failed while deciding: it threw, answered {@code null}, answered
 * something that breaks a rule of its facet, took longer than the registry's time budget, or
 * answered differently for the same input.
 *
 * <p>The message names the plugin (its id, provider class and jar), the facet and version, the
 * input it was deciding — by its JSON path such as {@code $.persons[17]} where the engine knows
 * it, and always by the ids of the persons or organizations involved — the problem and what
 * would be accepted. Nothing a plugin answered is used once its answer failed a check, and the
 * municipal default never stands in for it. Immutable; thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class PluginFaultException extends PolicyConfigurationException {
  private static final long serialVersionUID = 1L;

  /** How a plugin failed. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum Kind {
    /** The decision threw; the exception is the cause. */
    THREW,
    /** The decision returned {@code null}. */
    NULL_ANSWER,
    /** The answer breaks a rule of the facet, such as a weight for a class the scheme lacks. */
    INVALID_ANSWER,
    /** The decision took longer than the registry's time budget and was abandoned. */
    TIMED_OUT,
    /** Asked the same question twice, the plugin answered differently. */
    NOT_DETERMINISTIC
  }

  private final Kind kind;
  private final String pluginId;
  private final String providerClass;
  private final String location;
  private final String facet;
  private final String version;
  private final String input;
  private final String inputPath; // null when not known
  private final String problem;

  PluginFaultException(Kind kind, String pluginId, String providerClass, String location,
      String facet, String version, String input, String inputPath, String problem,
      Throwable cause) {
    super(message(pluginId, providerClass, location, facet, version, input, inputPath, problem),
        cause);
    this.kind = requireNonNull(kind, "kind");
    this.pluginId = pluginId;
    this.providerClass = providerClass;
    this.location = location;
    this.facet = facet;
    this.version = version;
    this.input = input;
    this.inputPath = inputPath;
    this.problem = problem;
  }

  private static String message(String pluginId, String providerClass, String location,
      String facet, String version, String input, String inputPath, String problem) {
    return "plugin '" + pluginId + "' (" + providerClass + " in " + location + ") facet " + facet
        + " version " + version + " failed deciding "
        + (inputPath == null ? input : inputPath + " (" + input + ")") + ": " + problem;
  }

  /**
   * The same fault, naming the input's JSON path, such as {@code $.persons[17]}: for an engine
   * that knows where in the dossier the input came from. A fault that already names a path is
   * returned as it is, since the innermost decision knows best.
   */
  public PluginFaultException at(String path) {
    requireNonNull(path, "path");
    if (inputPath != null) {
      return this;
    }
    PluginFaultException e = new PluginFaultException(kind, pluginId, providerClass, location,
        facet, version, input, path, problem, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** How the plugin failed. */
  public Kind kind() {
    return kind;
  }

  /** The plugin's id, such as {@code xinhui}. */
  public String pluginId() {
    return pluginId;
  }

  /** The plugin's provider class. */
  public String providerClass() {
    return providerClass;
  }

  /** The jar or folder the plugin was loaded from. */
  public String location() {
    return location;
  }

  /** The facet's id, such as {@code membership}. */
  public String facet() {
    return facet;
  }

  /** The id of the facet version that failed. */
  public String version() {
    return version;
  }

  /**
   * What the plugin was deciding, by the ids (never the resident ids or names) of the persons
   * and organizations involved, such as {@code person p17 of organization org1 on 2025-12-31}.
   */
  public String input() {
    return input;
  }

  /** The JSON path of the input, such as {@code $.persons[17]}, where it is known. */
  public Optional<String> inputPath() {
    return Optional.ofNullable(inputPath);
  }

  /** What was wrong and what would have been accepted. */
  public String problem() {
    return problem;
  }
}
