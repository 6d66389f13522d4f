package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a node of a JSON tree into a value, recording every rule the node breaks.
 *
 * <p>The one implementation of each type's reading: the dossier reader and the Jackson module's
 * deserializers both use it.
 *
 * @param <T> the type of value
 */
interface Converter<T> {

  /**
   * The value {@code node} stands for, or null once every violation found in it has been
   * recorded in {@code reading} with a path under {@code path}.
   */
  T convert(JsonNode node, JsonPath path, Reading reading);

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
