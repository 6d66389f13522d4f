package org.cungaiju.reform.spi.share;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * The methods a share scheme may name for turning exact weights into whole shares; the
 * apportionment engine of reform-core implements each.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum ApportionmentMethod {
  /** Largest remainder (Hamilton, Hare quota). */
  LARGEST_REMAINDER("largest-remainder"),
  /** D'Hondt (Jefferson). */
  DHONDT("dhondt"),
  /** Sainte-Laguë (Webster). */
  SAINTE_LAGUE("sainte-lague"),
  /** Huntington–Hill (equal proportions). */
  HUNTINGTON_HILL("huntington-hill"),
  /** Adams. */
  ADAMS("adams");

  private final String id;

  ApportionmentMethod(String id) {
    this.id = id;
  }

  /** The method's id in files and on the command line, such as {@code largest-remainder}. */
  public String id() {
    return id;
  }

  /**
   * The method with this id.
   *
   * @throws InvalidInputException if no method has it
   */
  public static ApportionmentMethod parse(String id) {
    return Arrays.stream(values())
        .filter(m -> m.id.equals(id))
        .findFirst()
        .orElseThrow(() -> InvalidInputException.of("method", id, "is not a method",
            Arrays.stream(values()).map(ApportionmentMethod::id)
                .collect(Collectors.joining(", "))));
  }
}
