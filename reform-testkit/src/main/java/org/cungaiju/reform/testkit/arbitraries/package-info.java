/**
 * jqwik arbitraries for every value type of {@code org.cungaiju.reform.api}, valid by
 * construction: resident ids and credit codes with correct check characters, persons whose
 * birth date and sex agree with their id, registers whose holdings name their classes, and
 * small dossiers whose references all resolve.
 *
 * <p>Three ways to use them:
 *
 * <ul>
 *   <li>{@code @ForAll Person person} in any property, with no set-up: {@link
 *       org.cungaiju.reform.testkit.arbitraries.ReformArbitraryProvider} is registered as a
 *       jqwik {@code ArbitraryProvider} service;
 *   <li>{@code @Domain(ReformDomain.class)} to use only the reform domain's arbitraries;
 *   <li>the static factories of {@link org.cungaiju.reform.testkit.arbitraries.ReformArbitraries}
 *       in {@code @Provide} methods, where a test wants to narrow or combine them.
 * </ul>
 *
 * <p>No method accepts or returns null. Arbitraries are immutable and may be shared between
 * threads; the values they generate are immutable.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.testkit.arbitraries;

import org.cungaiju.reform.api.Api;
