/**
 * Identifiers with their national-standard checks: resident identity numbers (GB 11643),
 * unified social credit codes (GB 32100, with the GB 11714 organization-code check),
 * administrative division codes (GB/T 2260 and the statistical codes built on it), and
 * Jiangmen's counties.
 *
 * <p>Every identifier validates its check characters in its constructor, so holding one means
 * holding a well-formed code. Resident ids are personal data: their {@code toString} is masked.
 * Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.id;

import org.cungaiju.reform.api.Api;
