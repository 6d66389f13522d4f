/**
 * Explanations: every decision reform makes comes with the rule, the policy version, the
 * clause and the inputs and parameters it used, so a dispute (纠纷调解) can be settled from the
 * record.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe. Values in
 * an explanation are text, already masked where they are personal data.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.explain;

import org.cungaiju.reform.api.Api;
