package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.Api;

/** What kind of error made a section of a {@link Report} fail. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum ErrorKind {
  /** The dossier broke a rule the engine checks ({@code InvalidInputException}). */
  INVALID_INPUT,
  /** A county plugin failed while deciding ({@code PluginFaultException}). */
  PLUGIN_FAULT,
  /**
   * No policy could serve the county on the date: a plugin failed to load, a county was marked
   * failed, or no version is in force ({@code PolicyConfigurationException}).
   */
  POLICY_CONFIGURATION,
  /** The input contradicts itself ({@code ConflictException}). */
  CONFLICT,
  /** What was asked cannot be done ({@code InfeasibleException}). */
  INFEASIBLE,
  /** Another of the library's errors ({@code ReformException}). */
  OTHER,
  /** The section needs the result of an earlier section, which failed. */
  DEPENDENCY_FAILED
}
