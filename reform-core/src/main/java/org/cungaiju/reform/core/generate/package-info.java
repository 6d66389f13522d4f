/**
 * A seeded generator of realistic, fictional community dossiers, for tests, samples and
 * benchmarks: {@link org.cungaiju.reform.core.generate.DossierGenerator} makes the dossier
 * {@link org.cungaiju.reform.core.generate.GeneratorOptions} describe, the same one every time;
 * {@link org.cungaiju.reform.core.generate.CityGenerator} makes a whole city of them, one at a
 * time, as {@link org.cungaiju.reform.core.generate.CityOptions} describe.
 *
 * <p>Nulls are never accepted or returned. The options are immutable and the generators are
 * stateless; all are thread-safe. The iterators and streams of a city are for one thread each.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.generate;

import org.cungaiju.reform.api.Api;
