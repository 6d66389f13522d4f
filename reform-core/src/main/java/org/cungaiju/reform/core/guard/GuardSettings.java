package org.cungaiju.reform.core.guard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.cungaiju.reform.api.Api;

/**
 * How the guard runs a plugin's decisions: on the caller's thread or within a time budget on
 * the plugin's own worker threads, and how often it asks the same question twice.
 *
 * <p>Set through {@code PolicyRegistry.Builder}; immutable and thread-safe.
 *
 * @param timeBudget the longest a decision may take, or empty to run decisions on the caller's
 *     thread with no limit
 * @param workers the most worker threads one plugin may have, when there is a budget
 * @param sameInputOneIn ask one decision in this many a second time and compare the answers;
 *     0 for never, 1 for every decision
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public record GuardSettings(Optional<Duration> timeBudget, int workers, int sameInputOneIn) {

  /** The default number of worker threads per plugin: the processors, at least 2. */
  public static final int DEFAULT_WORKERS =
      Math.max(2, Runtime.getRuntime().availableProcessors());

  /** No budget, no same-input check: decisions on the caller's thread, checked once. */
  public static final GuardSettings DEFAULT =
      new GuardSettings(Optional.empty(), DEFAULT_WORKERS, 0);

  /** Validates the numbers. */
  public GuardSettings {
    requireNonNull(timeBudget, "timeBudget");
    timeBudget.ifPresent(b -> checkArgument(!b.isNegative() && !b.isZero(),
        "the time budget must be positive: %s", b));
    checkArgument(workers >= 1, "a plugin needs at least one worker thread: %s", workers);
    checkArgument(sameInputOneIn >= 0, "sameInputOneIn is negative: %s", sameInputOneIn);
  }

  /** The same settings with no time budget, for the municipal default. */
  public GuardSettings withoutBudget() {
    return new GuardSettings(Optional.empty(), workers, sameInputOneIn);
  }
}
