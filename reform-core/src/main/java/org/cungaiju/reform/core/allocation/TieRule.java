package org.cungaiju.reform.core.allocation;

import org.cungaiju.reform.api.Api;

/**
 * What to do when claims are tied at the margin: more claims have an equal right to the last
 * units than there are units.
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum TieRule {
  /** The earlier claims (in the order given) receive the tied units; the tie is reported. */
  BREAK_BY_CLAIM_ORDER,
  /**
   * No result: a {@link org.cungaiju.reform.api.error.TieRefusedException} naming every tied
   * claim, so the tie can go to the members' assembly.
   */
  REFUSE
}
