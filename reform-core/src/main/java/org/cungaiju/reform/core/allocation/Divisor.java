package org.cungaiju.reform.core.allocation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.value.Weight;

/**
 * The common divisor of a divisor-method allocation: the priority of the last unit handed out
 * beyond the minimums, {@code weight / d(unit - 1)}, where {@code d} is the method's divisor
 * sequence. Every claim holds the units whose priority {@code w / d(k)} is at least this
 * divisor (ties at it going to the earlier claims), held within its bounds.
 *
 * <p>Exact: for Huntington–Hill the divisor {@code w / √((unit - 1)·unit)} is irrational, so it
 * is given by its {@link #squared() square}. Immutable and thread-safe.
 *
 * @param method the divisor method
 * @param weight the weight of the claim that received the last unit
 * @param unit which of that claim's units it was, counting from 1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Divisor(Method method, Weight weight, long unit) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the method is not a divisor method, or the unit's
   *     priority is infinite (the first unit under Adams and Huntington–Hill)
   */
  public Divisor {
    requireNonNull(weight, "weight");
    checkArgument(method.isDivisorMethod(), "%s has no divisor", method);
    long first = method == Method.ADAMS || method == Method.HUNTINGTON_HILL ? 2 : 1;
    checkArgument(unit >= first, "%s's unit %s has no finite divisor", method, unit);
  }

  /** The divisor exactly, for every method but Huntington–Hill, whose divisor is irrational. */
  public Optional<Fraction> value() {
    Fraction w = Fraction.of(weight.value());
    BigInteger k = BigInteger.valueOf(unit - 1);
    switch (method) {
      case DHONDT:
        return Optional.of(Fraction.of(w.numerator(), w.denominator().multiply(k.add(BigInteger.ONE))));
      case SAINTE_LAGUE:
        return Optional.of(Fraction.of(w.numerator().shiftLeft(1),
            w.denominator().multiply(k.shiftLeft(1).add(BigInteger.ONE))));
      case ADAMS:
        return Optional.of(Fraction.of(w.numerator(), w.denominator().multiply(k)));
      default:
        return Optional.empty();
    }
  }

  /** The square of the divisor, exact for every method. */
  public Fraction squared() {
    if (method != Method.HUNTINGTON_HILL) {
      Fraction v = value().orElseThrow();
      return Fraction.of(v.numerator().pow(2), v.denominator().pow(2));
    }
    Fraction w = Fraction.of(weight.value());
    BigInteger k = BigInteger.valueOf(unit - 1);
    return Fraction.of(w.numerator().pow(2),
        w.denominator().pow(2).multiply(k).multiply(k.add(BigInteger.ONE)));
  }

  /** Reads as {@code 5117/52}, or {@code 39576757/√(51·52)} for Huntington–Hill. */
  @Override
  public String toString() {
    return value().map(Fraction::toString)
        .orElseGet(() -> weight + "/√(" + (unit - 1) + "·" + unit + ")");
  }
}
