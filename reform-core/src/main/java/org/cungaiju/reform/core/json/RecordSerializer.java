package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a record as an object whose property names are its component names, in component
 * order, leaving out empty {@code Optional}s. Values of reform-api types go through the
 * serializers the module registers for them.
 *
 * @param <T> the record type
 */
final class RecordSerializer<T extends Record> extends StdSerializer<T> {

  private final String[] names;
  private final Method[] accessors;

  RecordSerializer(Class<T> type) {
    super(type);
    RecordComponent[] components = type.getRecordComponents();
    this.names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
    this.accessors =
        Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
  }

  @Override
  public void serialize(T record, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(record);
    for (int i = 0; i < names.length; i++) {
      Object value = component(record, i);
      if (value instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          continue;
        }
        value = optional.get();
      }
      gen.writeFieldName(names[i]);
      writeValue(value, gen, provider);
    }
    gen.writeEndObject();
  }

  private Object component(T record, int i) {
    try {
      return accessors[i].invoke(record);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the accessor " + accessors[i] + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + accessors[i], e);
    }
  }

  /** Writes a component's value: JSON scalars, dates, lists, sets and maps here, the rest by type. */
  private static void writeValue(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof Integer n) {
      gen.writeNumber(n);
    } else if (value instanceof Long n) {
      gen.writeNumber(n);
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof LocalDate date) {
      gen.writeString(date.toString());
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject(map);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeFieldName(e.getKey().toString());
        writeValue(e.getValue(), gen, provider);
      }
      gen.writeEndObject();
    } else if (value instanceof Collection<?> items) {
      gen.writeStartArray(items, items.size());
      for (Object item : items) {
        writeValue(item, gen, provider);
      }
      gen.writeEndArray();
    } else {
      provider.defaultSerializeValue(value, gen);
    }
  }
}
