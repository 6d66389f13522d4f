package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;

/**
 * One entry of a {@link ShareBook}'s log: the operation, in the order applied, with every
 * holding it changed, the tie of an inheritance split, and its explanation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the entry's number in the log, from 1
 * @param kind {@code transfer} or {@code inheritance}
 * @param operation the operation, with its date and reason
 * @param changes every holding changed, in the order changed; the deltas add up to zero
 * @param tieAwarded heirs the tie-break (the order named) gave a share of a class to split
 * @param tiePassedOver heirs tied for such a share and passed over
 * @param explanation the rule, the scheme version it was recorded under and the outcome
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record OperationRecord(
    int sequence,
    String kind,
    RegisterOperation operation,
    ImmutableList<ShareChange> changes,
    ImmutableList<String> tieAwarded,
    ImmutableList<String> tiePassedOver,
    Explanation explanation) {

  /** Validates the parts and that the changes conserve the shares. */
  public OperationRecord {
    checkInput(sequence >= 1, "sequence", sequence, "is below 1", "1 or more");
    requireNonNull(kind, "kind");
    requireNonNull(operation, "operation");
    changes = ImmutableList.copyOf(changes);
    tieAwarded = ImmutableList.copyOf(tieAwarded);
    tiePassedOver = ImmutableList.copyOf(tiePassedOver);
    requireNonNull(explanation, "explanation");
    long net = changes.stream().mapToLong(ShareChange::delta).sum();
    if (net != 0) {
      throw new IllegalArgumentException("the changes of operation " + sequence
          + " do not conserve the shares: net " + net);
    }
  }
}
