package org.cungaiju.reform.spi.dividend;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;

/**
 * The reserve fund (公积金) and welfare fund (公益金) rates retained from distributable income.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Each rate is in [0, 1] ({@link Rate}), and together they are at most 1.
 *   <li>{@link #reserveFundOf}, {@link #welfareFundOf} and {@link #payoutPoolOf} add up to the
 *       income exactly, to the fen, for every positive income; a year without positive income
 *       retains and pays nothing (all three are zero).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param reserveFund the reserve fund rate
 * @param welfareFund the welfare fund rate
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record RetentionRates(Rate reserveFund, Rate welfareFund) {

  /** Validates that the rates add up to at most 1. */
  public RetentionRates {
    requireNonNull(reserveFund, "reserveFund");
    requireNonNull(welfareFund, "welfareFund");
    checkInput(reserveFund.value().add(welfareFund.value()).compareTo(java.math.BigDecimal.ONE)
        <= 0, "welfareFund", welfareFund, "with the reserve fund rate " + reserveFund
        + " exceeds 1", "rates that add up to at most 1");
  }

  /** The rates {@code reserveFund} and {@code welfareFund}. */
  public static RetentionRates of(Rate reserveFund, Rate welfareFund) {
    return new RetentionRates(reserveFund, welfareFund);
  }

  /** The reserve fund: the rate times a positive income, rounded down to the fen; else zero. */
  public Money reserveFundOf(Money distributableIncome) {
    return distributableIncome.isPositive() ? reserveFund.floorOf(distributableIncome) : Money.ZERO;
  }

  /** The welfare fund: the rate times a positive income, rounded down to the fen; else zero. */
  public Money welfareFundOf(Money distributableIncome) {
    return distributableIncome.isPositive() ? welfareFund.floorOf(distributableIncome) : Money.ZERO;
  }

  /** What remains of a positive income once both funds are retained; else zero. */
  public Money payoutPoolOf(Money distributableIncome) {
    if (!distributableIncome.isPositive()) {
      return Money.ZERO;
    }
    return distributableIncome.minus(reserveFundOf(distributableIncome))
        .minus(welfareFundOf(distributableIncome));
  }
}
