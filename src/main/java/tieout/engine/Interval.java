package tieout.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import tieout.ledger.Decimals;

/**
 * A closed interval [lo, hi] of exact decimals: the values a rounded figure may stand for (XBRL
 * Calculations 1.1). Arithmetic is exact; nothing here is ever rounded.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {
  public static final Interval ZERO = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);

  public Interval {
    checkNotNull(lo);
    checkNotNull(hi);
    checkArgument(lo.compareTo(hi) <= 0, "interval [%s, %s] is empty", lo, hi);
  }

  /** The interval a value with these decimals stands for: v +/- 0.5 * 10^-d, a point when INF. */
  public static Interval of(BigDecimal value, Decimals decimals) {
    BigDecimal half = decimals.halfWidth();
    return new Interval(value.subtract(half), value.add(half));
  }

  public static Interval point(BigDecimal value) {
    return new Interval(value, value);
  }

  public Interval plus(Interval other) {
    return new Interval(lo.add(other.lo), hi.add(other.hi));
  }

  /** {@code weight x this}; a negative weight swaps the ends. */
  public Interval times(BigDecimal weight) {
    BigDecimal a = lo.multiply(weight);
    BigDecimal b = hi.multiply(weight);
    return weight.signum() >= 0 ? new Interval(a, b) : new Interval(b, a);
  }

  /** Both ends moved outwards by {@code amount} (a materiality allowance). */
  public Interval widen(BigDecimal amount) {
    return new Interval(lo.subtract(amount), hi.add(amount));
  }

  public boolean overlaps(Interval other) {
    return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0;
  }

  /** The midpoint: the value the figures as printed add up to. */
  public BigDecimal mid() {
    return lo.add(hi).divide(BigDecimal.valueOf(2));
  }

  public BigDecimal halfWidth() {
    return hi.subtract(lo).divide(BigDecimal.valueOf(2));
  }

  @Override
  public String toString() {
    return "[" + lo.toPlainString() + ", " + hi.toPlainString() + "]";
  }
}
