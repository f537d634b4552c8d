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
 * so a value and a half-width say all an interval says. (EquationEvaluator sums the two in locals;
 * this type serves the comparison of two single printings.)
 */
record Amount(BigDecimal value, BigDecimal halfWidth) {
  Amount {
    checkNotNull(value);
    checkNotNull(halfWidth);
    checkArgument(halfWidth.signum() >= 0, "negative half-width %s", halfWidth);
  }

  static Amount of(Fact fact) {
    return new Amount(fact.amount(), fact.decimals().halfWidth());
  }

  /** The interval [value - half-width, value + half-width]. */
  Interval interval() {
    return new Interval(value.subtract(halfWidth), value.add(halfWidth));
  }
}
