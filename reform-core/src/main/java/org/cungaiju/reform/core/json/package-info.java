/**
 * JSON in and out: the Jackson module for every reform-api type, the library's own strictly
 * configured mapper, and the community dossier's reader and writer.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>A record is an object whose property names are its component names, written in
 *       component order. Unknown properties are refused.
 *   <li>An {@code Optional} component that is empty is left out when writing; when reading, an
 *       absent property is empty and an explicit {@code null} is refused (naming its path).
 *       Every other component is required, except lists, sets and maps: absent means empty.
 *       Lists, sets and maps are always written, empty ones too.
 *   <li>{@code Money}, {@code Weight} and {@code Rate} are decimal <em>strings</em> in plain
 *       notation ({@code "1234.56"}, {@code "1.5"}, {@code "0.1"}); a JSON number is refused.
 *   <li>{@code ResidentId}, {@code CreditCode}, {@code DivisionCode} are their code strings;
 *       {@code County} is its six-digit code string ({@code "440705"}); {@code PersonName} is
 *       the name as a string; {@code Department} is its name as a string.
 *   <li>Dates are ISO strings {@code "2025-12-31"}; enums are their Java constant names
 *       ({@code "VILLAGE"}).
 *   <li>Whole numbers ({@code int}, {@code long}) are JSON integers: {@code 3.0}, {@code "3"}
 *       and {@code true} are refused, never truncated or coerced.
 *   <li>A {@code GridUnit}'s {@code workload} is an object of counts ({@code {"shops": 3}});
 *       the maps of an {@code Explanation} are objects of strings, in their order. Sets
 *       ({@code adjacent}, {@code functions}) are arrays whose elements must be distinct.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <p>Every failure becomes an {@link org.cungaiju.reform.api.error.InvalidInputException}
 * whose violations name a JSON path such as {@code $.persons[17].residentId}. Readers collect
 * every violation they can find rather than stopping at the first. Resident ids and names are
 * never shown unmasked in messages.
 *
 * <p>Nulls are never accepted or returned. Every public type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.json;

import org.cungaiju.reform.api.Api;
