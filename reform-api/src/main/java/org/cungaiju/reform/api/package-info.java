/**
 * The root of reform's API: the {@link org.cungaiju.reform.api.Api} status marker.
 *
 * <h2>Conventions of every package under {@code org.cungaiju.reform.api}</h2>
 *
 * <ul>
 *   <li><b>Nulls.</b> No method accepts or returns {@code null}; an absent value is an empty
 *       {@link java.util.Optional} or an empty collection. A {@code null} argument throws
 *       {@link java.lang.NullPointerException}.
 *   <li><b>Immutability.</b> Every value type is immutable and thread-safe. Records validate in
 *       their compact constructor, copy collections into Guava immutable collections, and
 *       normalise idempotently: {@code new R(r.a(), r.b()).equals(r)}.
 *   <li><b>Errors.</b> Invalid values are refused with an
 *       {@link org.cungaiju.reform.api.error.InvalidInputException} naming the field, the value
 *       (masked if personal) and what would be accepted.
 *   <li><b>Personal data.</b> Resident ids and names never appear unmasked in {@code toString}.
 * </ul>
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api;
