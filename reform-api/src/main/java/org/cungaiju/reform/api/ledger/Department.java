package org.cungaiju.reform.api.ledger;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A responsible department (负责单位), named as the plan names it, such as {@code 市自然资源局}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the department's Chinese name
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Department(String name) {

  /** Validates the name. */
  public Department {
    Checks.text(name, "department", 60, name);
  }

  /** The department named {@code name}. */
  public static Department of(String name) {
    return new Department(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
