package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.registry.PluginDescription;

/**
 * A policy plugin whose versions a {@link Report} was run under, as the registry describes it.
 *
 * <p>The location is the jar's (or folder's) file name only, so the same run on another machine
 * gives the same report. Immutable and thread-safe.
 *
 * @param id the plugin's id
 * @param displayName its name for people
 * @param countyCode the county it serves ({@code 440700} for the municipal default)
 * @param spiVersion the SPI version it was built against
 * @param municipalDefault whether it is the municipal default policy
 * @param location the file name of the jar or folder it was loaded from
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PluginUsed(
    String id,
    String displayName,
    String countyCode,
    String spiVersion,
    boolean municipalDefault,
    String location) {

  /** Validates that every part is present. */
  public PluginUsed {
    requireNonNull(id, "id");
    requireNonNull(displayName, "displayName");
    requireNonNull(countyCode, "countyCode");
    requireNonNull(spiVersion, "spiVersion");
    requireNonNull(location, "location");
  }

  /** The plugin {@code d} describes. */
  public static PluginUsed of(PluginDescription d) {
    String location = d.location().replace('\\', '/');
    while (location.endsWith("/")) {
      location = location.substring(0, location.length() - 1);
    }
    location = location.substring(location.lastIndexOf('/') + 1);
    return new PluginUsed(d.id(), d.displayName(), d.countyCode(), d.spiVersion(),
        d.municipalDefault(), location);
  }
}
