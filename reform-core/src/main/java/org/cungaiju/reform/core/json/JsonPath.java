package org.cungaiju.reform.core.json;

/**
 * Where a value stands in a document, such as {@code $.persons[17].residentId}, kept as a link
 * to its parent and written out as text only when a message needs it: a dossier of a million
 * values is read without building a million path strings that no violation will quote.
 *
 * <h2>Warnings</h2>
 *
 * <p>A path is reused: {@link #field} and {@link #index} give the parent's one child, set to
 * the new name or index, so that reading a document allocates one path per level rather than
 * one per value. A path stays right only until the next call of {@code field} or {@code index}
 * on its parent. Converters read values depth first and never keep a path: they pass it down
 * and take its text at once ({@link Reading#add}). Each conversion starts from its own
 * {@link #root()}; a path is for one thread, as a {@link Reading} is.
 */
final class JsonPath {

  private final JsonPath parent;
  private String name;
  private int index;
  private String text;
  private JsonPath child;

  private JsonPath(JsonPath parent, String text) {
    this.parent = parent;
    this.text = text;
  }

  /** A new path of a whole document, {@code $}. */
  static JsonPath root() {
    return of(Paths.ROOT);
  }

  /** A new path that starts from {@code text}, such as {@code $} or a field's own name. */
  static JsonPath of(String text) {
    return new JsonPath(null, text);
  }

  /** The path of the property {@code name} of the object here, until the next child. */
  JsonPath field(String name) {
    JsonPath c = child();
    c.name = name;
    return c;
  }

  /** The path of element {@code index} of the array here, until the next child. */
  JsonPath index(int index) {
    JsonPath c = child();
    c.name = null;
    c.index = index;
    return c;
  }

  private JsonPath child() {
    if (child == null) {
      child = new JsonPath(this, null);
    }
    child.text = null;
    return child;
  }

  /** The path as text, in the form {@link Paths} writes. */
  @Override
  public String toString() {
    if (text == null) {
      text = name != null ? Paths.field(parent.toString(), name)
          : Paths.index(parent.toString(), index);
    }
    return text;
  }
}
