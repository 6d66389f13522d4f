/**
 * Built-in data the library ships as JSON resources: Jiangmen's counties with the historical
 * division codes their people still carry, and the plan's key-task responsibility list
 * (重点任务责任清单).
 *
 * <p>The data is read once, on first use, and held in immutable values; every method is
 * thread-safe. Nulls are never accepted or returned.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.data;

import org.cungaiju.reform.api.Api;
