package org.cungaiju.reform.core.report;

import static java.util.Objects.requireNonNull;

import java.util.ResourceBundle;
import org.cungaiju.reform.api.Api;

/**
 * The texts of one language from one resource bundle, looked up by key, with {@code {0}},
 * {@code {1}}, … replaced by arguments.
 *
 * <p>Arguments are put in as they are (no number or date formatting, no quoting rules), so a
 * text reads the same on every machine. A missing key is a defect of the library, not of the
 * input: the tests check that both languages hold every key the code uses. Immutable and
 * thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class Texts {

  private static final String REPORT_BUNDLE = "org.cungaiju.reform.core.report.report";

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language, ResourceBundle bundle) {
    this.language = requireNonNull(language, "language");
    this.bundle = requireNonNull(bundle, "bundle");
  }

  /** The report's texts in {@code language}. */
  public static Texts report(Language language) {
    return new Texts(language, ResourceBundle.getBundle(REPORT_BUNDLE, language.bundleLocale()));
  }

  /**
   * The texts of {@code bundle}, which the caller loaded (from its own module) with {@code
   * language}'s {@linkplain Language#bundleLocale() bundle locale}.
   */
  public static Texts of(Language language, ResourceBundle bundle) {
    return new Texts(language, bundle);
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** Whether there is a text for {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The text for {@code key}.
   *
   * @throws java.util.MissingResourceException if there is none
   */
  public String text(String key) {
    return bundle.getString(key);
  }

  /** The text for {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
  public String format(String key, Object... args) {
    String text = text(key);
    StringBuilder out = new StringBuilder(text.length() + 16 * args.length);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(text, i + 1, close)) {
        int n = Integer.parseInt(text, i + 1, close, 10);
        out.append(n < args.length ? String.valueOf(args[n]) : text.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The text of an enum constant: the key is the enum's simple name, a dot and the constant. */
  public String of(Enum<?> constant) {
    return text(keyOf(constant));
  }

  /** The key of an enum constant's text, such as {@code MembershipStatus.PENDING}. */
  public static String keyOf(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  private static boolean isIndex(String text, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
