package org.cungaiju.reform.spi.dividend;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The dividend-rules facet (收益分配): the reserve fund (公积金) and welfare fund (公益金) rates
 * an organization retains from a year's distributable income before paying out by shares.
 *
 * <p>The dividend engine applies {@link RetentionRates}: each fund is its rate times the
 * distributable income rounded down to the fen ({@link org.cungaiju.reform.api.value.Rate#floorOf});
 * the payout pool is what remains, paid out to the fen. A rate the organization's charter sets
 * normally overrides the county's; the facet decides, and its explanation says which applied.
 *
 * <p>Immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface DividendRules extends PolicyFacet {

  /**
   * The rates retained by {@code organization} from the distributable income of {@code year}.
   */
  Explained<RetentionRates> retention(CollectiveOrganization organization, int year);
}
