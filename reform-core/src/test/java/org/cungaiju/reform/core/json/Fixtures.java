package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The hand-written test dossiers under {@code src/test/resources/dossiers}. */
final class Fixtures {

  private Fixtures() {}

  /** The valid dossier: 3 organizations, 10 persons, 3 households and one of everything else. */
  static String valid() {
    return resource("dossiers/valid.json");
  }

  /** The valid dossier with {@code change} applied to its tree, as JSON text. */
  static String validWith(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) ReformJson.readTree(valid()).orElseThrow().deepCopy();
    change.accept(tree);
    return tree.toString();
  }

  /** The object at a JSON-pointer path such as {@code /persons/0} of a dossier tree. */
  static ObjectNode at(JsonNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
