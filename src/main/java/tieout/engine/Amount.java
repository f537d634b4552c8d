package tieout.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import tieout.ledger.Fact;

/**
 * One side of a check: the value its figures add up to as printed, and the half-width of the
 * interval of values they may stand for (XBRL Calculations 1.1). Both are exact.
 *
 * <p>Rounding intervals are symmetric about the printed value, and stay so under sums and weights,
 * so a value and a half-width say all an interval says with a third fewer additions. {@link #plus}
 * is the step of a sum; EquationEvaluator takes the same steps on locals, one check at a time.
 */
record Amount(BigDecimal value, BigDecimal halfWidth) {
  static final Amount ZERO = exact(BigDecimal.ZERO);

  Amount {
    checkNotNull(value);
    checkNotNull(halfWidth);
    checkArgument(halfWidth.signum() >= 0, "negative half-width %s", halfWidth);
  }

  /** A constant of a rule, such as the {@code 0} of {@code assert X >= 0}: exact. */
  static Amount exact(BigDecimal constant) {
    return new Amount(constant, BigDecimal.ZERO);
  }

  static Amount of(Fact fact) {
    return new Amount(fact.amount(), fact.decimals().halfWidth());
  }

  /** This plus {@code weight x fact}: the weighted value, and |weight| times the half-width. */
  Amount plus(BigDecimal weight, Fact fact) {
    BigDecimal half = fact.decimals().halfWidth();
    // Multiplying by one would only change the scale of the printed sum, so skip it.
    if (weight.compareTo(BigDecimal.ONE) == 0) {
      return new Amount(value.add(fact.amount()), halfWidth.add(half));
    }
    return new Amount(
        value.add(fact.amount().multiply(weight)), halfWidth.add(half.multiply(weight.abs())));
  }

  /** The interval [value - half-width, value + half-width]. */
  Interval interval() {
    return new Interval(value.subtract(halfWidth), value.add(halfWidth));
  }
}
