package org.cungaiju.reform.api.error;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;

/**
 * A result that would need a tie-break, refused because the caller asked to refuse ties: the
 * tie goes to the members' assembly instead of to claim order.
 *
 * <p>{@link #tiedIds()} lists every claim tied at the margin.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public class TieRefusedException extends InfeasibleException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> tiedIds;

  /** Creates the exception for the claims tied at the margin. */
  public TieRefusedException(String message, Iterable<String> tiedIds) {
    super(message);
    this.tiedIds = ImmutableList.copyOf(tiedIds);
  }

  /** The ids of every claim tied at the margin, in claim order. */
  public ImmutableList<String> tiedIds() {
    return tiedIds;
  }
}
