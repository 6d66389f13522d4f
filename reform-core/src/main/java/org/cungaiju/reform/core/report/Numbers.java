package org.cungaiju.reform.core.report;

import java.math.BigInteger;
import org.cungaiju.reform.api.value.Money;

/** Whole numbers and money as people read them, and exact scaling for drawing. */
final class Numbers {

  private Numbers() {}

  /** {@code n} with thousands separated by commas: {@code 4,916}, {@code -1,200}. */
  static String grouped(long n) {
    String digits = n == Long.MIN_VALUE ? "9223372036854775808" : String.valueOf(Math.abs(n));
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return n < 0 ? "-" + out : out.toString();
  }

  /** Money in yuan with grouped thousands and two decimals: {@code 1,234.56}. */
  static String money(Money m) {
    long fen = m.fen();
    boolean negative = fen < 0;
    BigInteger abs = BigInteger.valueOf(fen).abs();
    BigInteger[] yuanAndFen = abs.divideAndRemainder(BigInteger.valueOf(100));
    String yuan = yuanAndFen[0].bitLength() < 63 ? grouped(yuanAndFen[0].longValueExact())
        : yuanAndFen[0].toString();
    int cents = yuanAndFen[1].intValue();
    return (negative ? "-" : "") + yuan + "." + (cents < 10 ? "0" : "") + cents;
  }

  /**
   * {@code value × length ÷ whole}, rounded down, exactly: where a value falls on a drawing of
   * {@code length} pixels that {@code whole} fills. 0 when {@code whole} is not positive.
   */
  static long scale(long value, long length, long whole) {
    if (whole <= 0) {
      return 0;
    }
    return BigInteger.valueOf(value).multiply(BigInteger.valueOf(length))
        .divide(BigInteger.valueOf(whole)).longValueExact();
  }

  /** {@code numerator ÷ denominator} as a whole per cent, rounded half up; 0 for no denominator. */
  static long percent(long numerator, long denominator) {
    if (denominator <= 0) {
      return 0;
    }
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(200))
        .add(BigInteger.valueOf(denominator)).divide(BigInteger.valueOf(2 * denominator))
        .longValueExact();
  }
}
