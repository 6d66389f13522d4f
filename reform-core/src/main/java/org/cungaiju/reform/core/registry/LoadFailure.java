package org.cungaiju.reform.core.registry;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;

/**
 * One problem found while loading county policy plugins.
 *
 * <p>The message names the plugin (its id where it has one, else its provider class) and its
 * jar or location, and says what would be accepted. Immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param plugin the plugin's id, or its provider class when the id is not known
 * @param providerClass the provider class's name
 * @param location the jar or folder the provider was loaded from
 * @param county the county the plugin claims, when it is one of Jiangmen's
 * @param message the whole message, naming the plugin and its location
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record LoadFailure(
    Kind kind,
    String plugin,
    String providerClass,
    String location,
    Optional<County> county,
    String message) {

  /** Validates that every part is present. */
  public LoadFailure {
    requireNonNull(kind, "kind");
    requireNonNull(plugin, "plugin");
    requireNonNull(providerClass, "providerClass");
    requireNonNull(location, "location");
    requireNonNull(county, "county");
    requireNonNull(message, "message");
  }

  /** The ways loading a plugin can fail. */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public enum Kind {
    /** The provider could not be found or constructed; fails loading in every mode. */
    NOT_CONSTRUCTED,
    /** The id, county code, SPI version or display name is missing, malformed or threw. */
    INVALID_METADATA,
    /** Two plugins have the same id. */
    DUPLICATE_ID,
    /** The county code is not one of Jiangmen's seven counties. */
    UNKNOWN_COUNTY,
    /** The SPI major version is not one the core supports. */
    UNSUPPORTED_SPI_VERSION,
    /** A facet method threw or answered something unusable while loading. */
    FACET_FAILED,
    /** Two versions of one facet in one plugin overlap, or share an id. */
    OVERLAPPING_VERSIONS,
    /** Two plugins for the same county offer versions of one facet that overlap. */
    OVERLAPPING_PLUGINS
  }
}
