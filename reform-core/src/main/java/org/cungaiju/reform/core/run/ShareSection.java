package org.cungaiju.reform.core.run;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.core.share.OrganizationShares;

/**
 * The share-register section of a {@link Report} (股东名册): the register of every organization
 * in force on the run's date — the dossier's, or quantified under the county's share scheme —
 * read by holder, household and class, with its explanation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizations one register per organization, in the dossier's order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ShareSection(ImmutableList<OrganizationShares> organizations) {

  /** Copies the list. */
  public ShareSection {
    organizations = ImmutableList.copyOf(organizations);
  }

  /** The shares of every organization added up. */
  public long totalShares() {
    long total = 0;
    for (OrganizationShares o : organizations) {
      total = Math.addExact(total, o.totalShares());
    }
    return total;
  }
}
