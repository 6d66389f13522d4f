package org.cungaiju.reform.core.land;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;

/** Exact products of areas and rates, rounded down only at the end, as the results say. */
final class Exact {

  /** Areas offered are rounded down to 0.01 m², the precision of a property certificate. */
  static final int AREA_DECIMALS = 2;

  private Exact() {}

  /** {@code area × perSquareMetre} in fen, exactly. */
  static BigDecimal fen(BigDecimal area, Money perSquareMetre) {
    return area.multiply(BigDecimal.valueOf(perSquareMetre.fen()));
  }

  /**
   * The exact amount in fen rounded down to a whole fen.
   *
   * @throws InvalidInputException naming {@code path} if it does not fit in a {@code long}
   */
  static Money floorToFen(BigDecimal fen, String path) {
    try {
      return Money.ofFen(fen.setScale(0, RoundingMode.FLOOR).longValueExact());
    } catch (ArithmeticException e) {
      throw InvalidInputException.of(path, Money.ofFen(Long.MAX_VALUE),
          "makes an amount above the largest the library holds",
          "an area small enough that its value fits in " + Money.ofFen(Long.MAX_VALUE) + " yuan");
    }
  }

  /**
   * {@code area} rounded down to 0.01 m².
   *
   * @throws InvalidInputException naming {@code path} if it is above 2^62 m²
   */
  static Weight floorToArea(BigDecimal area, String path) {
    BigDecimal floored = area.setScale(AREA_DECIMALS, RoundingMode.FLOOR);
    InvalidInputException.checkInput(floored.compareTo(Weight.MAX) <= 0, path,
        floored.toPlainString(), "makes an area above 2^62 m²", "an area within 2^62 m²");
    return Weight.of(floored);
  }

  /** {@code value} in plain notation without trailing zeros, for explanations. */
  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** Fen as yuan in plain notation, for explanations of exact amounts. */
  static String yuan(BigDecimal fen) {
    return plain(fen.movePointLeft(2));
  }
}
