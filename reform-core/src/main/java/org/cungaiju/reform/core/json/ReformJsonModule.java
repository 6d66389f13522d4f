package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explained;

/**
 * The Jackson module that reads and writes every reform-api type: identifiers, money, weights,
 * rates, date ranges, communities, persons, households, members, shares, grids, the ledger,
 * explanations and dossiers; and writes (without reading) the engines' results, such as grid
 * plans, governance findings and the ledger's views.
 *
 * <p>The api records carry no Jackson annotations; the mapping lives here and follows the
 * conventions of {@linkplain org.cungaiju.reform.core.json this package}. Reading a value
 * checks it as its constructor does; a value that breaks a rule fails with a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose cause is an
 * {@link org.cungaiju.reform.api.error.InvalidInputException} listing every violation.
 *
 * <p>A resident id read on its own is checked against no date, as its constructor does; read
 * within a dossier (by {@link DossierReader} or as a {@code Dossier}), its birth date must not be
 * after the dossier's {@code asOf}.
 *
 * <h2>Use</h2>
 *
 * <p>The module is registered as a {@code java.util.ServiceLoader} provider, so
 * {@code new ObjectMapper().findAndRegisterModules()} finds it; {@code registerModule(new
 * ReformJsonModule())} works as well. The strictness the library wants (no coercion, duplicate
 * keys refused, size limits) is a matter of the mapper's configuration:
 * {@link ReformJson#newMapper()} gives a mapper configured so.
 *
 * <p>Immutable and thread-safe once registered.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class ReformJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with a serializer and a deserializer for every reform-api type. */
  public ReformJsonModule() {
    super("reform", Version.unknownVersion());
    ApiTypes.TEXT_SCALARS.forEach(this::addScalar);
    ApiTypes.ENUMS.forEach(this::addEnum);
    ApiTypes.RECORDS.forEach(this::addRecord);
    ResultTypes.TEXTS.forEach(this::addTextWriter);
    ResultTypes.ENUMS.forEach(this::addEnumWriter);
    ResultTypes.RECORDS.forEach(this::addRecordWriter);
    addSerializer(Explained.class, explainedSerializer());
    addDeserializer(Explained.class, new ExplainedDeserializer(null));
  }

  private <T> void addScalar(ApiTypes.TextScalar<T> scalar) {
    addSerializer(scalar.type(), TextSerializer.of(scalar));
    addDeserializer(scalar.type(), ConverterDeserializer.of(scalar.type()));
  }

  private <E extends Enum<?>> void addEnum(Class<E> type) {
    addEnumWriter(type);
    addDeserializer(type, ConverterDeserializer.of(type));
  }

  private <T extends Record> void addRecord(Class<T> type) {
    addRecordWriter(type);
    addDeserializer(type, ConverterDeserializer.of(type));
  }

  private <T> void addTextWriter(ResultTypes.Text<T> text) {
    addSerializer(text.type(), new TextSerializer<>(text.type(), text.format()));
  }

  private <E extends Enum<?>> void addEnumWriter(Class<E> type) {
    addSerializer(type, TextSerializer.ofEnum(type));
  }

  private <T extends Record> void addRecordWriter(Class<T> type) {
    addSerializer(type, new RecordSerializer<>(type));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static RecordSerializer<Explained> explainedSerializer() {
    return new RecordSerializer<>(Explained.class);
  }
}
