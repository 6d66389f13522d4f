package org.cungaiju.reform.core.allocation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * A method of apportionment: how integer units are shared in proportion to weights.
 *
 * <h2>Which to choose</h2>
 *
 * <ul>
 *   <li>{@link #LARGEST_REMAINDER} keeps every claim within one unit of its exact quota (the
 *       quota rule), but is not house-monotone: one more unit in all can take a unit from a
 *       claim (the Alabama paradox), and a claim whose weight grows can lose a unit to one whose
 *       weight shrank (the population paradox).
 *   <li>The divisor methods ({@link #DHONDT}, {@link #SAINTE_LAGUE}, {@link #HUNTINGTON_HILL},
 *       {@link #ADAMS}) never show those paradoxes, but may leave a claim more than one unit
 *       from its quota: D'Hondt favours large claims, Adams small ones, Sainte-Laguë and
 *       Huntington–Hill sit between.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Method {
  /**
   * Largest remainder (Hamilton, Hare quota; 最大余额法): the floor of each quota, then one unit
   * each to the largest remainders.
   */
  LARGEST_REMAINDER("largest-remainder"),
  /** D'Hondt (Jefferson): divisors 1, 2, 3, …; rounds quotients down. */
  DHONDT("dhondt"),
  /** Sainte-Laguë (Webster): divisors 1/2, 3/2, 5/2, …; rounds quotients to the nearest. */
  SAINTE_LAGUE("sainte-lague"),
  /**
   * Huntington–Hill (equal proportions), the U.S. House's method: divisors √(k(k+1)); a claim
   * with a weight and no unit comes first.
   */
  HUNTINGTON_HILL("huntington-hill"),
  /** Adams (smallest divisors): divisors 0, 1, 2, …; rounds quotients up. */
  ADAMS("adams");

  private static final String ACCEPTED = Arrays.stream(values())
      .map(Method::id)
      .collect(Collectors.joining(", ", "one of ", ""));

  private final String id;

  Method(String id) {
    this.id = id;
  }

  /** The method's id in requests and reports, such as {@code "huntington-hill"}. */
  public String id() {
    return id;
  }

  /** Whether it is a divisor method (every method but largest remainder). */
  public boolean isDivisorMethod() {
    return this != LARGEST_REMAINDER;
  }

  /**
   * The method with id {@code id}.
   *
   * @throws InvalidInputException if no method has that id
   */
  public static Method parse(String id) {
    for (Method m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    throw InvalidInputException.of("method", id, "is not a method of apportionment", ACCEPTED);
  }
}
