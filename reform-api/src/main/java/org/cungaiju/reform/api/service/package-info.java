/**
 * The public-service facts of a community: the school places (学位) available at each stage of
 * basic education, which the public-service check sets against the places its resident
 * (常住) population needs.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.service;

import org.cungaiju.reform.api.Api;
