package tieout.engine;

import java.math.BigDecimal;
import tieout.rules.Comparison;

/**
 * Whether a reported amount stands in the required relation to a computed one, with the figures a
 * finding shows: both sides as printed, the variance and the tolerance (both half-widths plus the
 * allowance).
 *
 * <p>Equality holds when the intervals overlap once the reported side is widened by the materiality
 * allowance: with symmetric intervals that is exactly {@code |variance| <= tolerance}. Inequalities
 * hold when some values inside the intervals satisfy them: {@code L <= R} iff {@code L.lo <= R.hi +
 * allowance}, that is {@code variance <= tolerance}; {@code L >= R} iff {@code variance >=
 * -tolerance}.
 */
record Judgement(
    boolean passes, BigDecimal reported, BigDecimal computed, BigDecimal variance, BigDecimal tolerance) {

  /** A judgement whose variance is {@code reported - computed}. */
  Judgement(boolean passes, BigDecimal reported, BigDecimal computed, BigDecimal tolerance) {
    this(passes, reported, computed, reported.subtract(computed), tolerance);
  }

  static Judgement of(Comparison op, Amount left, Amount right, BigDecimal allowance) {
    return of(op, left.value(), left.halfWidth(), right.value(), right.halfWidth(), allowance);
  }

  /** As {@link #of(Comparison, Amount, Amount, BigDecimal)}, from the sides' values and half-widths. */
  static Judgement of(
      Comparison op, BigDecimal left, BigDecimal leftHalf, BigDecimal right, BigDecimal rightHalf,
      BigDecimal allowance) {
    BigDecimal variance = left.subtract(right);
    BigDecimal slack = leftHalf.add(rightHalf).add(allowance);
    boolean passes =
        switch (op) {
          case EQ -> variance.abs().compareTo(slack) <= 0;
          case LE -> variance.compareTo(slack) <= 0;
          case LT -> variance.compareTo(slack) < 0;
          case GE -> variance.compareTo(slack.negate()) >= 0;
          case GT -> variance.compareTo(slack.negate()) > 0;
        };
    // Not a printed figure, so shown in its shortest form: 2.5, not 2.50; 0, not 0.00.
    BigDecimal tolerance = slack.stripTrailingZeros();
    // Most checks tie exactly: share one zero rather than keep hundreds of thousands alive.
    if (variance.signum() == 0 && variance.scale() == 0) {
      variance = BigDecimal.ZERO;
    }
    return new Judgement(passes, left, right, variance, tolerance);
  }
}
