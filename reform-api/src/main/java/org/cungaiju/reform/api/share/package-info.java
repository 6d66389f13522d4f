/**
 * Shares (股权): share classes (股权设置), holdings, and the share register (股东名册) at a date.
 *
 * <p>Share counts are whole numbers ({@code long}), never fractions. Nulls are never accepted or
 * returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.share;

import org.cungaiju.reform.api.Api;
