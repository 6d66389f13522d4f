/**
 * The 新会区 (440705) county policy plugin: {@link org.cungaiju.examples.xinhui.XinhuiPolicy}.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.examples.xinhui;

import org.cungaiju.reform.api.Api;
