package org.cungaiju.reform.api.share;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A class of shares in a share scheme, such as the population shares (人口股).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the class's id, such as {@code population}
 * @param kind what the class rewards
 * @param name the class's name as the charter writes it, such as {@code 人口股}
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ShareClass(String id, ShareClassKind kind, String name) {

  /** Validates id and name. */
  public ShareClass {
    Checks.id(id, "id");
    requireNonNull(kind, "kind");
    Checks.text(name, "name", 50, name);
  }

  /** A class named by its kind's Chinese name. */
  public static ShareClass of(String id, ShareClassKind kind) {
    return new ShareClass(id, kind, kind.chineseName());
  }
}
