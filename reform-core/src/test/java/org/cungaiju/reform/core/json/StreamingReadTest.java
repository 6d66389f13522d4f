package org.cungaiju.reform.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading a dossier as it is parsed gives exactly what converting its whole tree gives: the
 * same dossier, or the same violations in the same order with the same messages.
 */
class StreamingReadTest {

  /** The outcome of the tree path: the document's tree, then its conversion. */
  private static ReadResult<Dossier> viaTree(ReadResult<JsonNode> tree) {
    return tree.isValid() ? DossierReader.validate(tree.value().orElseThrow())
        : ReadResult.invalid(tree.violations());
  }

  private static void readsAsTheTreeDoes(String json) {
    assertThat(DossierReader.validate(json)).isEqualTo(viaTree(ReformJson.readTree(json)));
    // from bytes, a syntax error's column counts bytes: compare with the tree of the bytes
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(DossierReader.validate(bytes)).isEqualTo(viaTree(ReformJson.readTree(bytes)));
  }

  @Test
  void readsGeneratedDossiersAsTheTreeDoes() {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier d = DossierGenerator.generate(GeneratorOptions.builder().seed(seed)
          .households(60).groups(2).registers(true).build());
      for (String json : List.of(DossierWriter.toJson(d), DossierWriter.toLine(d))) {
        assertThat(DossierReader.validate(json).value()).contains(d);
        readsAsTheTreeDoes(json);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cungaiju.reform.core.json.BrokenDossierTest#brokenDossiers")
  void readsEachBrokenDossierAsTheTreeDoes(String what, String json, String path,
      String problem) {
    readsAsTheTreeDoes(json);
  }

  @Test
  void readsADossierWhoseFieldsComeInAnotherOrderAsTheTreeDoes() {
    ObjectNode tree = tree();
    ObjectNode reordered = JsonNodeFactory.instance.objectNode();
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    for (int i = names.size() - 1; i >= 0; i--) {
      reordered.set(names.get(i), tree.get(names.get(i)));
    }
    readsAsTheTreeDoes(reordered.toString());
    // and with a broken resident id, which is judged against an asOf that now comes last
    ((ObjectNode) reordered.at("/persons/0")).put("residentId", "440705202603030119");
    readsAsTheTreeDoes(reordered.toString());
  }

  /** Up to three changes to the valid dossier, each to a random object of it. */
  @Provide
  Arbitrary<List<Tuple3<Integer, Integer, Integer>>> changes() {
    Arbitrary<Tuple3<Integer, Integer, Integer>> change = Arbitraries.integers().between(0, 9)
        .flatMap(kind -> Arbitraries.integers().between(0, 10_000)
            .flatMap(object -> Arbitraries.integers().between(0, 10_000)
                .map(field -> Tuple.of(kind, object, field))));
    return change.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 300)
  void readsChangedDossiersAsTheTreeDoes(
      @ForAll("changes") List<Tuple3<Integer, Integer, Integer>> changes) {
    ObjectNode tree = tree();
    String duplicate = null;
    ObjectNode duplicateIn = null;
    for (Tuple3<Integer, Integer, Integer> c : changes) {
      List<ObjectNode> objects = objects(tree);
      ObjectNode o = objects.get(c.get2() % objects.size());
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? "x" : names.get(c.get3() % names.size());
      switch (c.get1()) {
        case 0 -> o.remove(name);
        case 1 -> o.putNull(name);
        case 2 -> o.put(name, 7);
        case 3 -> o.put(name, "7");
        case 4 -> o.putObject(name);
        case 5 -> o.putArray(name).add("x").addNull();
        case 6 -> o.put("unknown" + c.get3() % 3, true);
        case 7 -> o.put(name, 1.5);
        case 8 -> {
          JsonNode moved = o.remove(name);
          if (moved != null) {
            o.set(name, moved); // now the object's last field
          }
        }
        default -> {
          duplicate = name;
          duplicateIn = o;
        }
      }
    }
    readsAsTheTreeDoes(write(tree, duplicateIn, duplicate));
  }

  private static ObjectNode tree() {
    return (ObjectNode) ReformJson.readTree(Fixtures.valid()).orElseThrow().deepCopy();
  }

  /** Every object in the tree, the root first. */
  private static List<ObjectNode> objects(JsonNode node) {
    List<ObjectNode> out = new ArrayList<>();
    if (node instanceof ObjectNode o) {
      out.add(o);
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        out.addAll(objects(child));
      }
    }
    return out;
  }

  /** The tree as JSON text, {@code name} given twice in {@code target} if both are set. */
  private static String write(JsonNode tree, ObjectNode target, String name) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = ReformJson.newMapper().createGenerator(out)) {
      write(g, tree, target, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, JsonNode node, ObjectNode target, String name)
      throws IOException {
    if (node instanceof ObjectNode o) {
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        write(g, e.getValue(), target, name);
        if (o == target && e.getKey().equals(name)) {
          g.writeFieldName(name);
          write(g, e.getValue(), target, name);
        }
      }
      g.writeEndObject();
    } else if (node instanceof ArrayNode a) {
      g.writeStartArray();
      for (JsonNode item : a) {
        write(g, item, target, name);
      }
      g.writeEndArray();
    } else {
      g.writeTree(node);
    }
  }
}
