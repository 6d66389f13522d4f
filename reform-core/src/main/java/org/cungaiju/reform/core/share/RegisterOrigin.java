package org.cungaiju.reform.core.share;

import org.cungaiju.reform.api.Api;

/** Where the register an organization's shares are read from came from. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum RegisterOrigin {
  /** The dossier's register of the organization, as recorded. */
  DOSSIER,
  /** Quantified from the membership decisions and the share scheme, the dossier having none. */
  QUANTIFIED,
  /** Quantified anew at a new base date (动态管理: dynamic readjustment). */
  READJUSTED
}
