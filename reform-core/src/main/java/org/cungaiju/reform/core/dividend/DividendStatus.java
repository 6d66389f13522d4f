package org.cungaiju.reform.core.dividend;

import org.cungaiju.reform.api.Api;

/** What became of an organization's distributable income for a year. */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public enum DividendStatus {
  /** Retained at the rates and the pool paid out by shares, to the fen. */
  DISTRIBUTED,
  /** The year's distributable income is zero or negative: nothing retained, nothing paid. */
  NO_POSITIVE_INCOME,
  /** The dossier has no figures for the organization and year: nothing to distribute. */
  NO_FIGURES,
  /**
   * The income is positive but the register holds no shares to pay it out by: nothing retained,
   * nothing paid, the income left undistributed until there is a register.
   */
  NO_SHARES
}
