/**
 * The service a county policy plugin implements, {@link
 * org.cungaiju.reform.spi.CountyPolicyProvider}, the facet keys ({@link
 * org.cungaiju.reform.spi.Facet}) and the {@link org.cungaiju.reform.spi.SpiVersion}. Each facet
 * has a package of its own beside this one.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every type here is immutable and thread-safe, and so must every
 * plugin be. SPI interfaces grow only through {@code default} methods.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi;

import org.cungaiju.reform.api.Api;
