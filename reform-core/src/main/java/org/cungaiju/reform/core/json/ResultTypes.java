package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.cungaiju.reform.core.allocation.Fraction;

/**
 * How the engines' results are written (never read): every record and enum of reform's own
 * packages ({@code org.cungaiju.reform.core…} and {@code org.cungaiju.reform.spi…}), so a new
 * result type needs no registration.
 *
 * <ul>
 *   <li>a record is an object of its components, in component order, empty optionals left out
 *       ({@link RecordSerializer});
 *   <li>an enum is its constant's name;
 *   <li>the few values written as one string are listed in {@link #TEXTS}.
 * </ul>
 *
 * <p>The reform-api types keep their own two-way mapping ({@link ApiTypes}), which takes
 * precedence. Types from anywhere else (a plugin's own records, say) are left to Jackson's
 * defaults, which the library's mapper does not extend to arbitrary classes.
 */
final class ResultTypes extends SimpleSerializers {
  private static final long serialVersionUID = 1L;

  private static final String CORE = "org.cungaiju.reform.core.";
  private static final String SPI = "org.cungaiju.reform.spi.";

  /**
   * A type written as one string.
   *
   * @param type the type
   * @param format its text, such as {@code "10000/3"} for a fraction
   * @param <T> the type
   */
  record Text<T>(Class<T> type, Function<T, String> format) {}

  /** Values written as one string. */
  static final ImmutableList<Text<?>> TEXTS = ImmutableList.of(
      new Text<>(Fraction.class, Fraction::toString));

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription description) {
    Class<?> raw = type.getRawClass();
    if (!isReformResult(raw)) {
      return null;
    }
    if (raw.isRecord()) {
      return new RecordSerializer(raw);
    }
    if (raw.isEnum()) {
      return TextSerializer.ofEnum((Class) raw);
    }
    return null;
  }

  /** Whether the type is one of reform's result types (core or spi), as opposed to a user's. */
  static boolean isReformResult(Class<?> type) {
    String name = type.getName();
    return name.startsWith(CORE) || name.startsWith(SPI);
  }
}
