package org.cungaiju.reform.api.error;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.util.regex.Pattern;
import org.cungaiju.reform.api.Api;

/**
 * Checks that the value types share, each throwing {@link InvalidInputException} with the
 * field, the value and what would be accepted.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class Checks {

  /** What an id may look like: letters, digits, and {@code . _ : -} inside, 1 to 64 long. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The accepted form of an id, for messages. */
  public static final String ID_ACCEPTED =
      "1 to 64 characters: letters, digits and . _ : - (not first)";

  private Checks() {}

  /** Returns {@code id} if it is a well-formed id; throws naming {@code field} otherwise. */
  public static String id(String id, String field) {
    // the same rule as ID, by hand: ids are checked by the million when a city is read
    int n = id.length();
    boolean ok = n >= 1 && n <= 64 && isIdStart(id.charAt(0));
    for (int i = 1; ok && i < n; i++) {
      char c = id.charAt(i);
      ok = c < ID_CHARS.length && ID_CHARS[c];
    }
    checkInput(ok, field, id, "is not a valid id", ID_ACCEPTED);
    return id;
  }

  /**
   * A value for a message whose text is computed only if a check fails, such as a masked
   * resident id: {@code checkInput(ok, "residentId", lazily(() -> mask(v)), ...)}.
   */
  public static Object lazily(java.util.function.Supplier<String> text) {
    return new Object() {
      @Override
      public String toString() {
        return text.get();
      }
    };
  }

  /** The characters an id may have after its first: letters, digits and {@code . _ : -}. */
  private static final boolean[] ID_CHARS = new boolean[128];

  static {
    for (char c = 0; c < ID_CHARS.length; c++) {
      ID_CHARS[c] = isIdStart(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
  }

  private static boolean isIdStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The most characters a decimal written as text may have: as many as a JSON number may have
   * digits. Longer text cannot be a valid amount, weight or rate.
   */
  public static final int MAX_DECIMAL_TEXT = 100;

  /**
   * Returns {@code text} if it has at most {@value #MAX_DECIMAL_TEXT} characters; throws naming
   * {@code field} otherwise, showing only its start. Parsing a decimal takes time that grows
   * with the square of its length (a million digits take about a minute), so text from outside
   * is measured before it is parsed.
   */
  public static String decimalText(CharSequence text, String field, String accepted) {
    if (text.length() > MAX_DECIMAL_TEXT) {
      throw InvalidInputException.of(field, text.subSequence(0, 20) + "… (" + text.length()
          + " characters)", "is longer than " + MAX_DECIMAL_TEXT + " characters", accepted);
    }
    return text.toString();
  }

  /** Returns {@code n} if it is not negative; throws naming {@code field} otherwise. */
  public static long nonNegative(long n, String field) {
    checkInput(n >= 0, field, n, "is negative", "0 or more");
    return n;
  }

  /** Returns {@code n} if it is not negative; throws naming {@code field} otherwise. */
  public static int nonNegative(int n, String field) {
    checkInput(n >= 0, field, n, "is negative", "0 or more");
    return n;
  }

  /**
   * Returns {@code text} if it is not blank, at most {@code max} characters and free of control
   * characters; throws naming {@code field} otherwise. {@code shown} is what the message may
   * show of the text (masked when personal); its {@code toString} is called only on failure, so
   * a lazy masking object costs nothing when the text is valid.
   */
  public static String text(String text, String field, int max, Object shown) {
    if (text.isBlank()) {
      throw InvalidInputException.of(field, shown, "is blank", "non-blank text");
    }
    if (text.length() > max) {
      throw InvalidInputException.of(field, shown, "is longer than " + max + " characters",
          "at most " + max + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        throw InvalidInputException.of(field, shown, "contains a control character",
            "text without control characters");
      }
    }
    return text;
  }
}
