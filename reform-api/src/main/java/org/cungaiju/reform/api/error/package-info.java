/**
 * The exception hierarchy: one unchecked root, {@link org.cungaiju.reform.api.error.ReformException},
 * and a subtype for each way a request can fail.
 *
 * <p>Every message names what was wrong (the field or JSON path), the offending value (masked
 * when it is personal data), the rule it broke and what would be accepted. Nulls are never
 * accepted; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.error;

import org.cungaiju.reform.api.Api;
