package org.cungaiju.reform.spi.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * What counts as separated on one dimension of 政经分开: a criterion in words, and the named
 * parameters the governance engine checks.
 *
 * <p>The parameters each dimension reads are documented with the municipal default policy in
 * {@code docs/policy-defaults.md}; an unknown parameter is ignored by the engine. Immutable and
 * thread-safe.
 *
 * @param dimension the dimension
 * @param criterion what counts as separated, in words
 * @param parameters named parameters of the criterion, such as {@code separateAccounts=true}
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record SeparationStandard(
    SeparationDimension dimension, String criterion, ImmutableMap<String, String> parameters) {

  /** Validates the criterion and copies the parameters. */
  public SeparationStandard {
    requireNonNull(dimension, "dimension");
    Checks.text(criterion, "criterion", 500, criterion);
    parameters = ImmutableMap.copyOf(parameters);
  }
}
