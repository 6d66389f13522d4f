/**
 * The county plugin contract: {@link org.cungaiju.reform.testkit.contract.CountyPluginContract},
 * an interface of jqwik properties a county team's test class implements to check its plugin
 * through the real registry.
 *
 * <p>Nulls are never accepted or returned. The contract keeps one registry per plugin type for
 * the test run; it is thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.testkit.contract;

import org.cungaiju.reform.api.Api;
