package org.cungaiju.reform.core.testing;

/**
 * The kinds of damage {@link JsonMutator} does to a JSON document: what a hand-typed file, an
 * export from an old system or a crafted input may hold.
 */
public enum Fault {
  /** A field of an object or an element of an array removed. */
  REMOVE,
  /** An entry of a list left out: a person, a household, a register, a holding, … */
  DROP_ENTRY,
  /** A value replaced by one of another JSON type: string, number, boolean, null, array, object. */
  SWAP_TYPE,
  /** A value replaced by a number at the extremes: ±2^63, 1e308, -0, huge exponents, 400 digits. */
  EXTREME_NUMBER,
  /** A value replaced by odd text: empty, blank, escaped control characters, lone surrogates, … */
  ODD_TEXT,
  /** An unescaped control character inside a string (not JSON). */
  RAW_CONTROL_CHARACTER,
  /** Bytes that are not UTF-8 inside a string. */
  INVALID_UTF8,
  /** A key given twice in one object. */
  DUPLICATE_KEY,
  /** A value replaced by arrays or objects nested from 10 to 100,000 deep. */
  DEEP_NESTING,
  /** A value replaced by an array of up to 100,000 elements. */
  HUGE_ARRAY,
  /** The document cut short. */
  TRUNCATE,
  /** Bits of a few bytes flipped. */
  BYTE_FLIP,
  /** Stray bytes inserted: a byte order mark, NUL, a lone continuation byte, a quote, … */
  INSERT_BYTES,
  /** A field no type has, such as {@code @class}, an empty name or a 1,001-character name. */
  UNKNOWN_FIELD,
  /** A value copied over another: ids used twice, references to the wrong kind of thing. */
  COPY_VALUE,
  /**
   * A value changed within its type: a count ±1, zero, negated or at {@code int}'s limits, money
   * and rates at the extremes of their form, dates moved, a boolean flipped, an enum swapped.
   * Such a document often stays valid and reaches the engines.
   */
  VALUE_TWEAK;

  /** Whether the fault works on the bytes of the document rather than on its tree. */
  public boolean onBytes() {
    return this == TRUNCATE || this == BYTE_FLIP || this == INSERT_BYTES || this == INVALID_UTF8;
  }
}
