package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.lang.reflect.TypeVariable;
import org.cungaiju.reform.api.explain.Explained;

/**
 * Reads an {@link Explained}: its {@code value} with whatever deserializer Jackson has for the
 * declared type argument, its {@code explanation} with the module's converter.
 */
final class ExplainedDeserializer extends StdDeserializer<Explained<?>>
    implements ContextualDeserializer {

  private final JavaType valueType;

  ExplainedDeserializer(JavaType valueType) {
    super(Explained.class);
    this.valueType = valueType;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType type = ctxt.getContextualType();
    if (type == null && property != null) {
      type = property.getType();
    }
    JavaType value = type != null && type.containedTypeCount() == 1
        ? type.containedType(0) : ctxt.constructType(Object.class);
    return new ExplainedDeserializer(value);
  }

  @Override
  public Explained<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    Reading reading = new Reading();
    RecordConverter<?> converter = new RecordConverter<>(Explained.class,
        type -> type instanceof TypeVariable<?> ? valueConverter(ctxt) : Converters.forType(type));
    Explained<?> explained = (Explained<?>) converter.convert(node, JsonPath.root(), reading);
    if (explained == null) {
      throw ConverterDeserializer.failure(p, reading.violations());
    }
    return explained;
  }

  private Converter<Object> valueConverter(DeserializationContext ctxt) {
    JavaType target = valueType == null ? ctxt.constructType(Object.class) : valueType;
    return new Converter<>() {
      @Override
      public Object convert(JsonNode node, JsonPath path, Reading reading) {
        try {
          return ctxt.readTreeAsValue(node, target);
        } catch (JsonProcessingException e) {
          JsonFailures.violations(e, null).forEach(v -> reading.add(Paths.reroot(v, path.toString())));
          return null;
        } catch (IOException e) {
          throw new IllegalStateException("reading a tree cannot do I/O", e);
        }
      }

      @Override
      public String accepted() {
        return "a " + target.getRawClass().getSimpleName();
      }
    };
  }
}
