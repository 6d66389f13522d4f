package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.dossier.Dossier;

/**
 * Reads a dossier: first its {@code schemaVersion}, then every field with resident ids judged
 * against the dossier's own {@code asOf}, then the cross-references ({@link Dossier#check}).
 *
 * <p>A document of another schema version is refused with that one violation: its other fields
 * follow another format, so listing them as errors would only bury the one that matters.
 */
final class DossierConverter implements Converter<Dossier> {

  private static final String VERSION = "schemaVersion";
  private static final String AS_OF = "asOf";

  private final RecordConverter<Dossier> fields;

  DossierConverter(RecordConverter<Dossier> fields) {
    this.fields = fields;
  }

  @Override
  public Dossier convert(JsonNode node, JsonPath path, Reading reading) {
    if (node.isObject()) {
      JsonPath at = path.field(VERSION);
      JsonNode version = node.get(VERSION);
      String accepted = String.valueOf(Dossier.SCHEMA_VERSION);
      if (version == null) {
        reading.add(at, "", "is missing", accepted);
        return null;
      }
      Integer number = Converters.INT.convert(version, at, reading);
      if (number == null) {
        return null;
      }
      if (number != Dossier.SCHEMA_VERSION) {
        reading.add(at, version.asText(), "is not a dossier version this library reads",
            accepted);
        return null;
      }
    }
    Optional<LocalDate> outer = reading.asOf(asOf(node));
    try {
      return fields.convert(node, path, reading);
    } finally {
      reading.asOf(outer);
    }
  }

  /**
   * Reads the dossier straight from the parser when it starts, as the library writes it, with
   * {@code schemaVersion} 1 and then {@code asOf}; otherwise reads the rest of it as a tree and
   * {@linkplain #convert converts} that. Either way the value and violations are {@link
   * #convert}'s.
   */
  @Override
  public Dossier read(JsonParser p, JsonPath path, Reading reading) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return convert(Converters.tree(p), path, reading);
    }
    ObjectNode head = JsonNodeFactory.instance.objectNode();
    p.nextToken();
    boolean inOrder = take(p, head, VERSION) && isSupported(head.get(VERSION))
        && take(p, head, AS_OF);
    if (!inOrder) {
      for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (head.has(name)) {
          throw RecordConverter.duplicate(p, name);
        }
        head.set(name, Converters.tree(p));
      }
      return convert(head, path, reading);
    }
    Optional<LocalDate> outer = reading.asOf(asOf(head));
    try {
      return fields.readFields(p, path, reading, head);
    } finally {
      reading.asOf(outer);
    }
  }

  /** Reads the property at the parser into {@code head} if it is {@code name}. */
  private static boolean take(JsonParser p, ObjectNode head, String name) throws IOException {
    if (p.currentToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
      return false;
    }
    p.nextToken();
    head.set(name, Converters.tree(p));
    p.nextToken();
    return true;
  }

  /** Whether {@code version} passes {@link #convert}'s check without a violation. */
  private static boolean isSupported(JsonNode version) {
    return version.isIntegralNumber() && version.canConvertToInt()
        && version.intValue() == Dossier.SCHEMA_VERSION;
  }

  @Override
  public String accepted() {
    return fields.accepted();
  }

  /** The dossier's asOf if it is well-formed; if not, reading the fields will say why. */
  private static Optional<LocalDate> asOf(JsonNode node) {
    JsonNode asOf = node.get(AS_OF);
    return asOf == null ? Optional.empty()
        : Optional.ofNullable(Converters.DATE.convert(asOf, JsonPath.of(AS_OF), new Reading()));
  }
}
