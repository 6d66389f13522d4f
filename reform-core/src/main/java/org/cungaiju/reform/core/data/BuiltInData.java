package org.cungaiju.reform.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.ReformException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;

/**
 * The data the library ships: Jiangmen's counties ({@code counties.json}) and the plan's
 * key-task responsibility list (重点任务责任清单, {@code key-tasks.json}), read from the JSON
 * resources beside this class.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@link #counties()} has one profile for each {@link County}, in the enum's order, with
 *       the names the enum gives.
 *   <li>{@link #keyTasks()} has the plan's 10 measures, numbered 1 to 10 in order, in its 4
 *       sections, each with its responsible city departments in the order the plan lists them
 *       and the flag for the plan's 等 ("and others").
 *   <li>The resources are read once, on first use; every result is immutable and every method
 *       thread-safe.
 * </ul>
 *
 * <h2>Warnings</h2>
 *
 * <p>A resource that does not read is a defect of the library's packaging, reported as a
 * {@link ReformException} naming the resource and the JSON path, never silently skipped.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class BuiltInData {

  private static final String COUNTIES = "counties.json";
  private static final String KEY_TASKS = "key-tasks.json";

  private BuiltInData() {}

  /** The seven counties and the city, in the order of {@link County}. */
  public static ImmutableList<CountyProfile> counties() {
    return Loaded.COUNTIES.values().asList();
  }

  /** The profile of {@code county}. */
  public static CountyProfile county(County county) {
    return Loaded.COUNTIES.get(county);
  }

  /** The plan's 10 key tasks, in the plan's order. */
  public static ImmutableList<KeyTask> keyTasks() {
    return Loaded.KEY_TASKS;
  }

  /**
   * The key task numbered {@code number}.
   *
   * @throws InvalidInputException if the plan has no measure with that number (1 to 10)
   */
  public static KeyTask keyTask(int number) {
    ImmutableList<KeyTask> tasks = Loaded.KEY_TASKS;
    InvalidInputException.checkInput(number >= 1 && number <= tasks.size(), "taskNumber",
        number, "is not a measure of the plan", "1 to " + tasks.size());
    return tasks.get(number - 1);
  }

  /** Holds the data; the JVM initialises it once, on first use, safely across threads. */
  private static final class Loaded {
    static final ImmutableMap<County, CountyProfile> COUNTIES = readCounties();
    static final ImmutableList<KeyTask> KEY_TASKS = readKeyTasks();
  }

  private static ImmutableMap<County, CountyProfile> readCounties() {
    Reader r = new Reader(COUNTIES);
    Map<County, CountyProfile> byCounty = new EnumMap<>(County.class);
    List<JsonNode> counties = r.array(r.root, "counties", "$");
    for (int i = 0; i < counties.size(); i++) {
      JsonNode c = counties.get(i);
      String at = "$.counties[" + i + "]";
      County county = r.convert(at + ".code", () -> County.of(r.text(c, "code", at)));
      r.check(county.chineseName().equals(r.text(c, "chineseName", at)), at + ".chineseName",
          "differs from " + county.chineseName());
      r.check(county.englishName().equals(r.text(c, "englishName", at)), at + ".englishName",
          "differs from " + county.englishName());
      DivisionKind kind = r.kind(c, at);
      List<HistoricalCode> history = new ArrayList<>();
      List<JsonNode> codes = r.array(c, "historicalCodes", at);
      for (int j = 0; j < codes.size(); j++) {
        JsonNode h = codes.get(j);
        String hat = at + ".historicalCodes[" + j + "]";
        Optional<Integer> from = h.has("fromYear")
            ? Optional.of(r.integer(h, "fromYear", hat)) : Optional.empty();
        history.add(r.convert(hat, () -> new HistoricalCode(
            DivisionCode.parse(r.text(h, "code", hat)), r.text(h, "chineseName", hat),
            r.kind(h, hat), from, r.integer(h, "untilYear", hat))));
      }
      CountyProfile profile = r.convert(at, () -> new CountyProfile(county, kind,
          ImmutableList.copyOf(history)));
      r.check(byCounty.put(county, profile) == null, at + ".code", "is listed twice");
    }
    r.check(byCounty.size() == County.values().length, "$.counties",
        "lists " + byCounty.size() + " of the " + County.values().length + " counties");
    return ImmutableMap.copyOf(byCounty);
  }

  private static ImmutableList<KeyTask> readKeyTasks() {
    Reader r = new Reader(KEY_TASKS);
    List<KeyTask> tasks = new ArrayList<>();
    List<JsonNode> sections = r.array(r.root, "sections", "$");
    for (int i = 0; i < sections.size(); i++) {
      JsonNode s = sections.get(i);
      String at = "$.sections[" + i + "]";
      int section = r.integer(s, "number", at);
      r.check(section == i + 1, at + ".number", "is not " + (i + 1));
      String sectionTitle = r.text(s, "title", at);
      List<JsonNode> measures = r.array(s, "tasks", at);
      for (int j = 0; j < measures.size(); j++) {
        JsonNode t = measures.get(j);
        String tat = at + ".tasks[" + j + "]";
        int number = r.integer(t, "number", tat);
        r.check(number == tasks.size() + 1, tat + ".number", "is not " + (tasks.size() + 1));
        List<Department> departments = new ArrayList<>();
        List<JsonNode> names = r.array(t, "departments", tat);
        for (int k = 0; k < names.size(); k++) {
          String dat = tat + ".departments[" + k + "]";
          JsonNode name = names.get(k);
          r.check(name.isTextual(), dat, "is not text");
          departments.add(r.convert(dat, () -> Department.of(name.textValue())));
        }
        boolean nonExhaustive = r.bool(t, "nonExhaustive", tat);
        tasks.add(r.convert(tat, () -> new KeyTask(number, section, sectionTitle,
            r.text(t, "title", tat), ImmutableList.copyOf(departments), nonExhaustive)));
      }
    }
    return ImmutableList.copyOf(tasks);
  }

  /** Reads one resource as a tree and blames the resource and path for anything amiss. */
  private static final class Reader {
    final String resource;
    final JsonNode root;

    Reader(String resource) {
      this.resource = resource;
      try (InputStream in = BuiltInData.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new ReformException("built-in resource " + resource + " is missing from "
              + BuiltInData.class.getPackageName() + "; the library's jar is incomplete");
        }
        this.root = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new ReformException("built-in resource " + resource + " does not read: "
            + e.getMessage(), e);
      }
      check(root != null && root.isObject(), "$", "is not a JSON object");
    }

    void check(boolean valid, String path, String problem) {
      if (!valid) {
        throw new ReformException("built-in resource " + resource + ", " + path + ": " + problem);
      }
    }

    JsonNode field(JsonNode node, String name, String at) {
      JsonNode value = node.get(name);
      check(value != null && !value.isNull(), at + "." + name, "is missing");
      return value;
    }

    String text(JsonNode node, String name, String at) {
      JsonNode value = field(node, name, at);
      check(value.isTextual(), at + "." + name, "is not text");
      return value.textValue();
    }

    int integer(JsonNode node, String name, String at) {
      JsonNode value = field(node, name, at);
      check(value.isInt(), at + "." + name, "is not a whole number");
      return value.intValue();
    }

    boolean bool(JsonNode node, String name, String at) {
      JsonNode value = field(node, name, at);
      check(value.isBoolean(), at + "." + name, "is not true or false");
      return value.booleanValue();
    }

    List<JsonNode> array(JsonNode node, String name, String at) {
      JsonNode value = field(node, name, at);
      check(value.isArray(), at + "." + name, "is not an array");
      List<JsonNode> items = new ArrayList<>();
      value.forEach(items::add);
      return items;
    }

    DivisionKind kind(JsonNode node, String at) {
      String text = text(node, "kind", at);
      return DivisionKind.fromChineseName(text).orElseThrow(() -> new ReformException(
          "built-in resource " + resource + ", " + at + ".kind: " + text + " is not 地级市, 区, "
              + "县级市 or 县"));
    }

    <T> T convert(String path, java.util.function.Supplier<T> value) {
      try {
        return value.get();
      } catch (InvalidInputException e) {
        throw new ReformException("built-in resource " + resource + ", " + path + ": "
            + e.getMessage(), e);
      }
    }
  }
}
