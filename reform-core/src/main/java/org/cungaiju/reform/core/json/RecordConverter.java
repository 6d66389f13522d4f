package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a record from a JSON object whose property names are the record's component names,
 * then builds it with its canonical constructor, so the record's own validation applies.
 *
 * <p>Every component is read even when an earlier one failed, and unknown properties are
 * reported, so one pass finds every violation in the object. The record is built only when all
 * its components were read; the constructor's violations are put under the object's path.
 *
 * @param <T> the record type
 */
final class RecordConverter<T extends Record> implements Converter<T> {

  private final Class<T> type;
  private final Constructor<T> constructor;
  private final ImmutableList<Part> parts;
  private final ImmutableSet<String> names;
  private final String[] componentNames;
  private final String accepted;

  /** A converter for {@code type}, whose components' converters {@code converters} gives. */
  RecordConverter(Class<T> type, Function<Type, Converter<?>> converters) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    try {
      this.constructor = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor: " + type, e);
    }
    // a public constructor of an exported package: this only spares the access check that
    // newInstance would otherwise make on every call
    this.constructor.trySetAccessible();
    this.parts = Arrays.stream(components)
        .map(c -> Part.of(c, converters))
        .collect(ImmutableList.toImmutableList());
    this.names = parts.stream().map(Part::name).collect(ImmutableSet.toImmutableSet());
    this.componentNames = parts.stream().map(Part::name).toArray(String[]::new);
    this.accepted = "an object with the fields " + String.join(", ", names);
  }

  @Override
  public T convert(JsonNode node, JsonPath path, Reading reading) {
    if (!node.isObject()) {
      Converters.wrongType(node, path, reading, "an object", accepted, true);
      return null;
    }
    int mark = reading.mark();
    // one pass over the properties finds each component's node and any unknown field; the
    // violations are still reported components first, in order, then unknown fields
    JsonNode[] nodes = new JsonNode[parts.size()];
    List<String> unknown = null;
    int expected = 0;
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      int part = indexOf(property.getKey(), expected);
      if (part >= 0) {
        nodes[part] = property.getValue();
        expected = part + 1;
      } else {
        if (unknown == null) {
          unknown = new ArrayList<>();
        }
        unknown.add(property.getKey());
      }
    }
    Object[] args = new Object[nodes.length];
    for (int i = 0; i < args.length; i++) {
      args[i] = parts.get(i).read(nodes[i], path, reading);
    }
    return finish(path, reading, mark, unknown, args);
  }

  @Override
  public T read(JsonParser p, JsonPath path, Reading reading) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return convert(Converters.tree(p), path, reading);
    }
    p.nextToken();
    return readFields(p, path, reading, null);
  }

  /**
   * Reads an object from a parser at its first property (or its end), the properties in
   * {@code head} (if any) read before as trees: the value and violations {@link #convert}
   * gives for the whole object. Violations come out in the same order, components first, then
   * unknown fields, whatever order the properties come in.
   */
  T readFields(JsonParser p, JsonPath path, Reading reading, ObjectNode head)
      throws IOException {
    int mark = reading.mark();
    int n = parts.size();
    Object[] args = new Object[n];
    boolean[] present = new boolean[n];
    List<Reading.Taken> found = null;
    List<String> unknown = null;
    int expected = 0;
    if (head != null) {
      for (Map.Entry<String, JsonNode> property : head.properties()) {
        int part = indexOf(property.getKey(), expected);
        if (part < 0) {
          unknown = add(unknown, property.getKey());
          continue;
        }
        present[part] = true;
        expected = part + 1;
        int before = reading.mark();
        args[part] = parts.get(part).read(property.getValue(), path, reading);
        found = keep(found, n, part, reading, before);
      }
    }
    for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      int part = indexOf(name, expected);
      if (part < 0) {
        if (unknown != null && unknown.contains(name)) {
          throw duplicate(p, name);
        }
        unknown = add(unknown, name);
        // read, not skipped: a duplicate key inside fails as it does in a tree
        Converters.tree(p);
        continue;
      }
      if (present[part]) {
        throw duplicate(p, name);
      }
      present[part] = true;
      expected = part + 1;
      int before = reading.mark();
      args[part] = parts.get(part).read(p, path, reading);
      found = keep(found, n, part, reading, before);
    }
    for (int i = 0; i < n; i++) {
      if (!present[i]) {
        int before = reading.mark();
        args[i] = parts.get(i).read((JsonNode) null, path, reading);
        found = keep(found, n, i, reading, before);
      }
    }
    if (found != null) {
      found.forEach(taken -> {
        if (taken != null) {
          reading.putBack(taken);
        }
      });
    }
    return finish(path, reading, mark, unknown, args);
  }

  /**
   * Reports the unknown fields, then builds the record from {@code args}, or returns null if
   * anything failed since {@code mark}.
   */
  private T finish(JsonPath path, Reading reading, int mark, List<String> unknown,
      Object[] args) {
    if (unknown != null) {
      for (String name : unknown) {
        reading.add(path.field(name), "", "is not a field of " + type.getSimpleName(),
            "the fields " + String.join(", ", names));
      }
    }
    if (reading.failedSince(mark)) {
      return null;
    }
    return reading.build(path, () -> instantiate(args));
  }

  /**
   * Sets the violations component {@code part} gave since {@code before} aside, to be put back
   * in component order.
   */
  private static List<Reading.Taken> keep(List<Reading.Taken> found, int n, int part,
      Reading reading, int before) {
    if (!reading.failedSince(before)) {
      return found;
    }
    List<Reading.Taken> kept = found;
    if (kept == null) {
      kept = new ArrayList<>(Collections.nCopies(n, null));
    }
    kept.set(part, reading.takeSince(before));
    return kept;
  }

  private static List<String> add(List<String> names, String name) {
    List<String> out = names == null ? new ArrayList<>() : names;
    out.add(name);
    return out;
  }

  /**
   * The failure a tree gives for a duplicate key, the parser at the start of the second value
   * as a tree's is when it finds it: the message, path and place are the same.
   */
  static JsonParseException duplicate(JsonParser p, String name) {
    return new JsonParseException(p, "Duplicate field '" + name + "'",
        p.currentTokenLocation());
  }

  @Override
  public String accepted() {
    return accepted;
  }

  /**
   * The index of the component called {@code name}, or -1. Properties usually come in component
   * order (the library writes them so), so the one after the last found is tried first, and
   * the parser's names are the same interned strings as the components' own: one identity
   * comparison finds most.
   */
  private int indexOf(String name, int expected) {
    if (expected < componentNames.length && componentNames[expected].equals(name)) {
      return expected;
    }
    for (int i = 0; i < componentNames.length; i++) {
      if (componentNames[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Resolves every component's converter, so that a type without a mapping fails early. */
  void verify() {
    parts.forEach(p -> p.converter().accepted());
  }

  private T instantiate(Object[] args) {
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("cannot build a " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
    }
  }

  /** One component: its property name, whether it is an {@code Optional}, its converter. */
  private record Part(String name, boolean optional, Converter<?> converter) {

    static Part of(RecordComponent component, Function<Type, Converter<?>> converters) {
      Type type = component.getGenericType();
      if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
        return new Part(component.getName(), true, converters.apply(p.getActualTypeArguments()[0]));
      }
      return new Part(component.getName(), false, converters.apply(type));
    }

    /** The component's value from its {@code node}, null when the property is absent. */
    Object read(JsonNode node, JsonPath path, Reading reading) {
      JsonPath at = path.field(name);
      if (node == null) {
        if (optional) {
          return Optional.empty();
        }
        Object empty = converter.whenAbsent();
        if (empty == null) {
          reading.add(at, "", "is missing", converter.accepted());
        }
        return empty;
      }
      if (node.isNull()) {
        isNull(at, reading);
        return null;
      }
      Object value = converter.convert(node, at, reading);
      return optional && value != null ? Optional.of(value) : value;
    }

    /** The component's value from the parser, at the property's value. */
    Object read(JsonParser p, JsonPath path, Reading reading) throws IOException {
      JsonPath at = path.field(name);
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        isNull(at, reading);
        return null;
      }
      Object value = converter.read(p, at, reading);
      return optional && value != null ? Optional.of(value) : value;
    }

    private void isNull(JsonPath at, Reading reading) {
      reading.add(at, "", "is null", optional
          ? "the field left out when there is no value, or " + converter.accepted()
          : converter.accepted());
    }
  }
}
