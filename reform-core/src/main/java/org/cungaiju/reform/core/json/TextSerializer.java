package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as one JSON string: a reform-api scalar by its {@link ApiTypes.TextScalar}
 * format, or an enum by its constant's name.
 *
 * @param <T> the type written
 */
final class TextSerializer<T> extends StdSerializer<T> {

  private final Function<T, String> format;

  TextSerializer(Class<T> type, Function<T, String> format) {
    super(type);
    this.format = format;
  }

  /** The serializer of a reform-api scalar. */
  static <T> TextSerializer<T> of(ApiTypes.TextScalar<T> scalar) {
    return new TextSerializer<>(scalar.type(), scalar.format());
  }

  /** The serializer writing an enum's constant name, whatever the mapper's enum features. */
  static <E extends Enum<?>> TextSerializer<E> ofEnum(Class<E> type) {
    return new TextSerializer<>(type, Enum::name);
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(format.apply(value));
  }
}
