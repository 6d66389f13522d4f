package org.cungaiju.reform.spi.facet;

import org.cungaiju.reform.api.Api;

/**
 * The type every facet of a county policy extends: one dated version of a set of rules.
 *
 * <p>A facet object <em>is</em> a version: a plugin offers a list of them per facet, and the
 * registry picks the one whose {@linkplain FacetVersion#validity() validity} contains the
 * calculation date.
 *
 * <h2>What an implementation must guarantee</h2>
 *
 * <ul>
 *   <li>Immutable and thread-safe: engines call it from many threads at once.
 *   <li>Deterministic: the same input gives the same answer, never the wall clock or random
 *       numbers.
 *   <li>Every decision comes with an {@link org.cungaiju.reform.api.explain.Explanation} naming
 *       the plugin and this version (use {@link FacetVersion#explain}).
 *   <li>Never {@code null}; refusing an input is an {@link
 *       org.cungaiju.reform.api.error.InvalidInputException} naming what is wrong.
 * </ul>
 *
 * <p>The testkit's plugin contract checks all of these on generated input. This interface grows
 * only through {@code default} methods.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface PolicyFacet {

  /** The version this facet object is: its policy, id, validity window and source. */
  FacetVersion version();
}
