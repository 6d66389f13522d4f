/**
 * Exact numbers and dates: {@link org.cungaiju.reform.api.value.Money} in fen,
 * {@link org.cungaiju.reform.api.value.Weight} and {@link org.cungaiju.reform.api.value.Rate}
 * as exact decimals, and {@link org.cungaiju.reform.api.value.DateRange}.
 *
 * <p>No type here uses {@code float} or {@code double}: shares and money are decided exactly.
 * Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.value;

import org.cungaiju.reform.api.Api;
