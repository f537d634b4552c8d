package tieout.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import tieout.ledger.Fact;

/**
 * One side of a check: the value its figures add up to as printed, and the interval of values they
 * may stand for (XBRL Calculations 1.1). Both are exact.
 */
record Amount(BigDecimal value, Interval interval) {
  static final Amount ZERO = exact(BigDecimal.ZERO);

  Amount {
    checkNotNull(value);
    checkNotNull(interval);
  }

  /** A constant of a rule, such as the {@code 0} of {@code assert X >= 0}: exact. */
  static Amount exact(BigDecimal constant) {
    return new Amount(constant, Interval.point(constant));
  }

  static Amount of(Fact fact) {
    return new Amount(fact.amount(), Interval.of(fact.amount(), fact.decimals()));
  }

  /** This plus {@code weight x fact}; a negative weight swaps the fact's interval ends. */
  Amount plus(BigDecimal weight, Fact fact) {
    Amount term = of(fact);
    // Multiplying by one would only change the scale of the printed sum, so skip it.
    if (weight.compareTo(BigDecimal.ONE) == 0) {
      return new Amount(value.add(term.value), interval.plus(term.interval));
    }
    return new Amount(
        value.add(term.value.multiply(weight)), interval.plus(term.interval.times(weight)));
  }

  BigDecimal halfWidth() {
    return interval.halfWidth();
  }
}
