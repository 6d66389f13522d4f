package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.Serializers;

/**
 * Writes the records of reform's other packages — the results of the engines, the values of
 * the SPI — the way the module writes api records: an object of the components in order, empty
 * {@code Optional}s left out, api values in their own forms (money as decimal strings, dates as
 * ISO strings). Records outside {@code org.cungaiju.reform} are left to Jackson.
 *
 * <p>Writing only: results are read back through the types they hold, such as a dossier's
 * ledger entries. Stateless and thread-safe.
 */
final class ResultSerializers extends Serializers.Base {

  private static final String OURS = "org.cungaiju.reform.";

  private final SimpleSerializers registered;

  /** Serializers for our records not already in {@code registered}. */
  ResultSerializers(SimpleSerializers registered) {
    this.registered = registered;
  }

  @Override
  public JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription description) {
    Class<?> raw = type.getRawClass();
    if (!raw.isRecord() || !raw.getName().startsWith(OURS)
        || registered.findSerializer(config, type, description) != null) {
      return null;
    }
    return serializer(raw.asSubclass(Record.class));
  }

  private static <T extends Record> RecordSerializer<T> serializer(Class<T> type) {
    return new RecordSerializer<>(type);
  }
}
