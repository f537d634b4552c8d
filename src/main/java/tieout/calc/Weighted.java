package tieout.calc;

import java.math.BigDecimal;

/**
 * {@code a + x * w} exactly, with the scale {@code a.add(x.multiply(w))} gives, but without the
 * product when the weight is 1 or -1 (almost every calculation arc): one allocation per item
 * instead of two, in a loop that runs for every item of every summation bound.
 */
final class Weighted {
  private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

  private Weighted() {}

  static BigDecimal plus(BigDecimal a, BigDecimal x, BigDecimal w) {
    int unit = unit(w);
    return unit == 0 ? a.add(x.multiply(w)) : plusUnit(a, x, unit, w.scale());
  }

  /** {@code a + x * |w|}. */
  static BigDecimal plusAbs(BigDecimal a, BigDecimal x, BigDecimal w) {
    int unit = unit(w);
    return unit == 0 ? a.add(x.multiply(w.abs())) : plusUnit(a, x, 1, w.scale());
  }

  /** 1 or -1 when w is that value (at any scale), else 0. */
  private static int unit(BigDecimal w) {
    return w.compareTo(BigDecimal.ONE) == 0 ? 1 : w.compareTo(MINUS_ONE) == 0 ? -1 : 0;
  }

  // x * w has x's value (or its negation) at scale x.scale + w.scale (w.scale >= 0 for a value of 1);
  // the sum's scale is the larger of a's and that one: raise it when the plain sum's is smaller (exact).
  private static BigDecimal plusUnit(BigDecimal a, BigDecimal x, int unit, int wScale) {
    BigDecimal r = unit > 0 ? a.add(x) : a.subtract(x);
    int scale = Math.max(a.scale(), x.scale() + wScale);
    return r.scale() == scale ? r : r.setScale(scale);
  }
}
