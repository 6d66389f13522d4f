package org.cungaiju.reform.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.spi.governance.SeparationDimension;

/**
 * The finding of the 政经分开 check on one dimension: separated, mixed or not assessable, with
 * the evidence line by line.
 *
 * <p>Each evidence line starts with what it shows — {@code separated:}, {@code mixed:}, {@code
 * missing:} or {@code note:} — and names the fact or roll it rests on. The explanation cites
 * the county's separation standard (as its step) and lists the facts read and the parameters
 * used. Immutable and thread-safe.
 *
 * @param dimension the dimension
 * @param status what was found
 * @param evidence the lines the status rests on, in the order checked
 * @param explanation the rule, the policy version, the inputs and parameters
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record SeparationFinding(
    SeparationDimension dimension,
    SeparationStatus status,
    ImmutableList<String> evidence,
    Explanation explanation) {

  /** Copies the evidence. */
  public SeparationFinding {
    requireNonNull(dimension, "dimension");
    requireNonNull(status, "status");
    evidence = ImmutableList.copyOf(evidence);
    requireNonNull(explanation, "explanation");
  }
}
