package tieout.engine;

import java.math.BigDecimal;
import tieout.rules.Comparison;

/**
 * Whether a reported amount stands in the required relation to a computed one, with the figures a
 * finding shows: both sides as printed and the tolerance (both half-widths plus the allowance).
 *
 * <p>Equality holds when the intervals overlap once the reported side is widened by the materiality
 * allowance, so a check passes exactly when {@code |variance| <= tolerance}. Inequalities hold when
 * some values inside the intervals satisfy them: {@code L <= R} iff {@code L.lo <= R.hi +
 * allowance}.
 */
record Judgement(boolean passes, BigDecimal reported, BigDecimal computed, BigDecimal tolerance) {

  static Judgement of(Comparison op, Amount left, Amount right, BigDecimal allowance) {
    Interval l = left.interval().widen(allowance);
    Interval r = right.interval();
    boolean passes =
        switch (op) {
          case EQ -> l.overlaps(r);
          case LE -> l.lo().compareTo(r.hi()) <= 0;
          case LT -> l.lo().compareTo(r.hi()) < 0;
          case GE -> l.hi().compareTo(r.lo()) >= 0;
          case GT -> l.hi().compareTo(r.lo()) > 0;
        };
    // Not a printed figure, so shown in its shortest form: 2.5, not 2.50; 0, not 0.00.
    BigDecimal tolerance =
        left.halfWidth().add(right.halfWidth()).add(allowance).stripTrailingZeros();
    return new Judgement(passes, left.value(), right.value(), tolerance);
  }

  BigDecimal variance() {
    return reported.subtract(computed);
  }
}
