/**
 * Apportionment: integer units — shares, fen, seats, school places — shared in proportion to
 * exact weights by largest remainder or a divisor method, conserving the total, with ties
 * reported and every claim's units explainable.
 *
 * <p>Start at {@link org.cungaiju.reform.core.allocation.Apportionment}: {@code
 * Apportionment.of(Method.LARGEST_REMAINDER).allocate(total, claims)} gives an {@link
 * org.cungaiju.reform.core.allocation.Allocation}; whole-number weights in a {@code long[]} give
 * an {@link org.cungaiju.reform.core.allocation.IndexedAllocation} without building records.
 *
 * <p>Nulls are never accepted or returned; an absent value is an empty {@link
 * java.util.Optional}. Every type is immutable and thread-safe; the engines keep no state
 * between calls.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.allocation;

import org.cungaiju.reform.api.Api;
