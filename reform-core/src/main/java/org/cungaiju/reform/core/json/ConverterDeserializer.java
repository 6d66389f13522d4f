package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;

/**
 * A Jackson deserializer that reads the value's tree and hands it to the type's
 * {@link Converter}, so Jackson and the dossier reader share one mapping.
 *
 * <p>A value that breaks rules fails with a {@link JsonMappingException} whose cause is an
 * {@link InvalidInputException} listing every violation, with paths relative to the value
 * ({@code $} is the value itself); Jackson adds where the value stood.
 *
 * @param <T> the type read
 */
final class ConverterDeserializer<T> extends StdDeserializer<T> {

  private final Converter<T> converter;

  ConverterDeserializer(Class<T> type, Converter<T> converter) {
    super(type);
    this.converter = converter;
  }

  /** The deserializer of {@code type}, which the mapping must cover. */
  static <T> ConverterDeserializer<T> of(Class<T> type) {
    return new ConverterDeserializer<>(type, Converters.of(type));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    Reading reading = new Reading();
    T value = converter.convert(node, JsonPath.root(), reading);
    if (value == null) {
      throw failure(p, reading.violations());
    }
    return value;
  }

  /** The exception carrying {@code violations} through Jackson. */
  static JsonMappingException failure(JsonParser p, List<Violation> violations) {
    InvalidInputException cause = new InvalidInputException(violations);
    return JsonMappingException.from(p, cause.getMessage(), cause);
  }
}
