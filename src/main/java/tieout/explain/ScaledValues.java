package tieout.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pool's values, half-widths, variance and tolerance as whole numbers of one common scale, so
 * that the search adds and compares {@code long}s instead of allocating {@code BigDecimal}s. A
 * candidate too large or too finely printed to fit is left out of the search ({@link #usable}).
 */
final class ScaledValues {
  /** Beyond this magnitude a scaled value is not used: three of them must still add without overflow. */
  private static final long LIMIT = 1_000_000_000_000_000L;
  /** More digits after the point than any amount needs; finer figures are left out. */
  private static final int MAX_SCALE = 6;

  final long[] values;
  final long[] halves;
  final boolean[] usable;
  final long variance;
  final long tolerance;
  final boolean ok;
  /** The common scale: a value v is {@code v * 10^scale}. */
  final int scale;

  ScaledValues(List<Candidate> pool, BigDecimal variance, BigDecimal tolerance) {
    int scale = Math.max(scaleOf(variance), scaleOf(tolerance));
    for (Candidate c : pool) {
      scale = Math.max(scale, Math.max(scaleOf(c.value()), scaleOf(c.halfWidth())));
    }
    scale = Math.min(scale, MAX_SCALE);
    this.scale = scale;
    values = new long[pool.size()];
    halves = new long[pool.size()];
    usable = new boolean[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      Long v = scaled(pool.get(i).value(), scale);
      Long h = scaled(pool.get(i).halfWidth(), scale);
      usable[i] = v != null && h != null;
      values[i] = usable[i] ? v : 0;
      halves[i] = usable[i] ? h : 0;
    }
    Long target = scaled(variance, scale);
    Long allowed = scaled(tolerance, scale);
    ok = target != null && allowed != null;
    this.variance = ok ? target : 0;
    this.tolerance = ok ? allowed : 0;
  }

  private static int scaleOf(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  /** {@code value} in units of 10^-scale, or null when it does not fit exactly. */
  private static Long scaled(BigDecimal value, int scale) {
    try {
      long v = value.movePointRight(scale).longValueExact();
      return Math.abs(v) <= LIMIT ? v : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
