package org.cungaiju.reform.core.json;

/**
 * Where a value stands in a document, such as {@code $.persons[17].residentId}, kept as a link
 * to its parent and written out as text only when a message needs it: a dossier of a million
 * values is read without building a million path strings that no violation will quote.
 * Immutable apart from the text it remembers; for one thread, as a {@link Reading} is.
 */
final class JsonPath {

  /** The path of a whole document, {@code $}. */
  static final JsonPath ROOT = of(Paths.ROOT);

  private final JsonPath parent;
  private final String name;
  private final int index;
  private String text;

  private JsonPath(JsonPath parent, String name, int index, String text) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
  }

  /** A path that starts from {@code text}, such as {@code $} or a field's own name. */
  static JsonPath of(String text) {
    return new JsonPath(null, null, -1, text);
  }

  /** The path of the property {@code name} of the object here. */
  JsonPath field(String name) {
    return new JsonPath(this, name, -1, null);
  }

  /** The path of element {@code index} of the array here. */
  JsonPath index(int index) {
    return new JsonPath(this, null, index, null);
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
