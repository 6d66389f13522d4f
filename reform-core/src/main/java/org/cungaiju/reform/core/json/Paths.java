package org.cungaiju.reform.core.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.cungaiju.reform.api.error.Violation;

/** JSON paths in the form {@code $.persons[17].residentId}. */
final class Paths {

  /** The path of a whole document. */
  static final String ROOT = "$";

  private static final int MAX_NAME_SHOWN = 64;

  private Paths() {}

  /** The path of the property {@code name} of the object at {@code path}. */
  static String field(String path, String name) {
    if (isPlain(name)) {
      return path + "." + name;
    }
    String shown = name.length() > MAX_NAME_SHOWN ? name.substring(0, MAX_NAME_SHOWN) + "…" : name;
    return path + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Whether {@code name} can follow a dot: {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isPlain(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** The path of element {@code index} of the array at {@code path}. */
  static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  /** The path of the value a parser is at, from its parsing context. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    String path = ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.hasCurrentIndex()) {
        path = index(path, c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = field(path, c.getCurrentName());
      }
    }
    return path;
  }

  /** The path of a Jackson reference chain. */
  static String of(List<JsonMappingException.Reference> references) {
    String path = ROOT;
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        path = field(path, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path = index(path, r.getIndex());
      }
    }
    return path;
  }

  /**
   * {@code v} placed at {@code root}: a path starting with {@code $} has its {@code $} replaced
   * by {@code root}; a relative path (from a record's constructor) is put under {@code root}.
   */
  static Violation reroot(Violation v, String root) {
    if (v.path().startsWith(ROOT)) {
      return new Violation(root + v.path().substring(ROOT.length()), v.value(), v.problem(),
          v.accepted());
    }
    return v.under(root);
  }
}
