/**
 * A seeded generator of realistic, fictional community dossiers, for tests, samples and
 * benchmarks: {@link org.cungaiju.reform.core.generate.DossierGenerator} makes the dossier
 * {@link org.cungaiju.reform.core.generate.GeneratorOptions} describe, the same one every time.
 *
 * <p>Nulls are never accepted or returned. The options are immutable and the generator is
 * stateless; both are thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.generate;

import org.cungaiju.reform.api.Api;
