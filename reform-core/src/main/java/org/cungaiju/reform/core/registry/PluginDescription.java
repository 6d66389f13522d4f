package org.cungaiju.reform.core.registry;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;

/**
 * A plugin the registry found, as it describes it: who it is, where it came from, what it
 * offers and whether it is served.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the plugin's id (its provider class when the id could not be read)
 * @param displayName its display name, or empty when it could not be read
 * @param providerClass the provider class's name
 * @param location the jar or folder it was loaded from
 * @param countyCode the county code it claims, or empty when it could not be read
 * @param county the county, when the code is one of Jiangmen's
 * @param spiVersion the SPI version it was built against, or empty when it could not be read
 * @param municipalDefault whether it is the municipal default policy (440700)
 * @param failed whether a problem was found with it (see the registry's failures)
 * @param versions the facet versions it offers, by facet then date
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PluginDescription(
    String id,
    String displayName,
    String providerClass,
    String location,
    String countyCode,
    Optional<County> county,
    String spiVersion,
    boolean municipalDefault,
    boolean failed,
    ImmutableList<VersionDescription> versions) {

  /** Validates that every part is present and copies the versions. */
  public PluginDescription {
    requireNonNull(id, "id");
    requireNonNull(displayName, "displayName");
    requireNonNull(providerClass, "providerClass");
    requireNonNull(location, "location");
    requireNonNull(countyCode, "countyCode");
    requireNonNull(county, "county");
    requireNonNull(spiVersion, "spiVersion");
    versions = ImmutableList.copyOf(versions);
  }
}
