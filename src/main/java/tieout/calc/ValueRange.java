package tieout.calc;

import java.math.BigDecimal;
import tieout.ledger.Decimals;

/**
 * The values a reported figure may stand for, with open or closed ends: closed for round-to-nearest
 * ({@code [v - u/2, v + u/2]}, u = 10^-decimals), half-open toward zero's far side for truncation
 * ({@code [v, v + u)} for v > 0, {@code (v - u, v]} for v < 0, {@code (-u, u)} for 0). Exact decimals.
 */
record ValueRange(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {
  static final ValueRange ZERO = new ValueRange(BigDecimal.ZERO, false, BigDecimal.ZERO, false);

  static ValueRange of(BigDecimal v, Decimals d, CalcMode mode) {
    if (d.infinite()) {
      return new ValueRange(v, false, v, false);
    }
    if (mode == CalcMode.ROUND_TO_NEAREST) {
      BigDecimal half = d.halfWidth();
      return new ValueRange(v.subtract(half), false, v.add(half), false);
    }
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-d.digits());
    return switch (v.signum()) {
      case 1 -> new ValueRange(v, false, v.add(unit), true);
      case -1 -> new ValueRange(v.subtract(unit), true, v, false);
      default -> new ValueRange(unit.negate(), true, unit, true);
    };
  }

  /** {@code this + weight x other}: a negative weight swaps the other's ends. */
  ValueRange plus(BigDecimal weight, ValueRange other) {
    if (weight.signum() >= 0) {
      return new ValueRange(Weighted.plus(lo, other.lo, weight), loOpen || other.loOpen,
          Weighted.plus(hi, other.hi, weight), hiOpen || other.hiOpen);
    }
    return new ValueRange(Weighted.plus(lo, other.hi, weight), loOpen || other.hiOpen,
        Weighted.plus(hi, other.lo, weight), hiOpen || other.loOpen);
  }

  /** Whether some value lies in both. */
  boolean intersects(ValueRange o) {
    return below(lo, loOpen, o.hi, o.hiOpen) && below(o.lo, o.loOpen, hi, hiOpen);
  }

  /** The common part of two ranges that {@link #intersects} says meet. */
  ValueRange intersection(ValueRange o) {
    int l = lo.compareTo(o.lo);
    int h = hi.compareTo(o.hi);
    return new ValueRange(l > 0 ? lo : o.lo, l > 0 ? loOpen : l < 0 ? o.loOpen : loOpen || o.loOpen,
        h < 0 ? hi : o.hi, h < 0 ? hiOpen : h > 0 ? o.hiOpen : hiOpen || o.hiOpen);
  }

  private static boolean below(BigDecimal a, boolean aOpen, BigDecimal b, boolean bOpen) {
    int c = a.compareTo(b);
    return c < 0 || (c == 0 && !aOpen && !bOpen);
  }

  @Override
  public String toString() {
    return (loOpen ? "(" : "[") + plain(lo) + ", " + plain(hi) + (hiOpen ? ")" : "]");
  }

  private static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
