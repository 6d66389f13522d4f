package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.databind.JsonNode;
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
