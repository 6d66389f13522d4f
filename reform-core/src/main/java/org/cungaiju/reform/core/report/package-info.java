/**
 * The report of a whole run, written for machines and for people: {@code report.json} in the
 * versioned report format ({@code docs/report.schema.json}) and {@code report.html}, one
 * self-contained page with inline SVG charts, in Chinese or English from resource bundles.
 *
 * <p>Nulls are never accepted or returned. Every type is immutable and thread-safe; the writers
 * are stateless. Pages and charts are drawn with whole-number arithmetic only, so the same
 * report always gives the same bytes.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.report;

import org.cungaiju.reform.api.Api;
