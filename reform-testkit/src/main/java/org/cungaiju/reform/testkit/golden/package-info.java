/**
 * Golden cases: JSON files in which policy staff write an input and the outcomes they expect
 * ({@code docs/golden-cases.md}), read strictly by {@link
 * org.cungaiju.reform.testkit.golden.GoldenCase} and run as JUnit dynamic tests by {@link
 * org.cungaiju.reform.testkit.golden.GoldenCases}. {@link org.cungaiju.reform.testkit.golden.Sketch}
 * makes valid persons and dossiers from the few facts a rule reads.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.testkit.golden;

import org.cungaiju.reform.api.Api;
