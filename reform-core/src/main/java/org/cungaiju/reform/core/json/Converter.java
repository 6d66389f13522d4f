package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Turns a node of a JSON tree into a value, recording every rule the node breaks.
 *
 * <p>The one implementation of each type's reading: the dossier reader and the Jackson module's
 * deserializers both use it. {@link #read} gives the same value and the same violations
 * straight from a parser; the converters a dossier is mostly made of read without building a
 * tree, the others build the value's tree and {@link #convert} it.
 *
 * @param <T> the type of value
 */
interface Converter<T> {

  /**
   * The value {@code node} stands for, or null once every violation found in it has been
   * recorded in {@code reading} with a path under {@code path}.
   */
  T convert(JsonNode node, JsonPath path, Reading reading);

  /**
   * The value at the parser's current token, which starts it, read to its last token, with
   * exactly the value and the violations {@link #convert} gives for the value's tree.
   *
   * @throws IOException if the parser fails, as it does on malformed JSON
   */
  default T read(JsonParser parser, JsonPath path, Reading reading) throws IOException {
    return convert(ReformJson.readValueTree(parser), path, reading);
  }

  /** What the converter accepts, for messages, such as {@code "a whole number"}. */
  String accepted();

  /**
   * The value of an absent property, or null when the property is required. Lists, sets and
   * maps are empty when absent.
   */
  default T whenAbsent() {
    return null;
  }
}
