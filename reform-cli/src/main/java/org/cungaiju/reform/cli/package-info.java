/**
 * The {@code reform} command: subcommands over community dossiers, with the exit codes of
 * {@link org.cungaiju.reform.cli.ExitCode}. Nulls are never accepted or returned.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.cli;

import org.cungaiju.reform.api.Api;
