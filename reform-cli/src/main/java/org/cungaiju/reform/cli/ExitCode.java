package org.cungaiju.reform.cli;

import org.cungaiju.reform.api.Api;

/**
 * The exit codes every {@code reform} subcommand uses; {@code docs/cli.md} documents them.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class ExitCode {
  /** Success: the input was valid and the command did all it was asked. */
  public static final int OK = 0;
  /** The input was invalid, or a policy plugin failed; the errors were printed. */
  public static final int INVALID = 1;
  /** A usage error: an unknown option, a missing argument, a file that cannot be read. */
  public static final int USAGE = 2;
  /** A result was tied and the caller asked to refuse ties ({@code --refuse-ties}). */
  public static final int TIE_REFUSED = 3;

  private ExitCode() {}
}
