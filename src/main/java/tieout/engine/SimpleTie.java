package tieout.engine;

import java.math.BigDecimal;
import java.util.List;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.rules.Comparison;
import tieout.rules.Materiality;
import tieout.rules.Rule;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * The common case of {@code reported = computed}, judged straight from facts a check has already
 * grouped: one reported figure printed once, each computed figure printed at most once, no nil, one
 * unit. Roll-ups, breakdowns and summations find nearly all their checks in this form, and judging
 * them here skips the equation, its slots and a hash lookup per figure.
 *
 * <p>It gives exactly the finding {@link EquationEvaluator} gives for the same check (the same sums
 * taken in the same order, so the same scales; EngineFastPathTest compares the two on every
 * finding). Anything else (a missing total, duplicates, mixed units) is the evaluator's.
 */
final class SimpleTie {
  private final Rule.Header rule;
  private final OperandList.Builder operandLists = new OperandList.Builder();
  /** Scratch for the operands' sides and weights: copied only when a check has a new form. */
  private Operand.Side[] sides = {Operand.Side.REPORTED};
  private BigDecimal[] operandWeights = {BigDecimal.ONE};
  /**
   * Tolerances seen, by unscaled value and scale (a direct-mapped cache, no boxing): most checks of
   * a rule share a handful.
   */
  private final long[] toleranceKeys = new long[64];
  private final BigDecimal[] tolerances = new BigDecimal[64];

  SimpleTie(Rule.Header rule) {
    this.rule = rule;
  }

  /**
   * The finding of {@code reported = sum of weights[i] x computed[i]} for the first {@code count}
   * computed facts, in the context of {@code entity}, {@code period} and {@code dimensions}; or null
   * when the facts are not all in one unit (the evaluator then says why). The context comes in
   * parts, so that checks make no Context object for the common form.
   */
  Finding judge(String entity, Period period, Dimensions dimensions, Fact reported, Fact[] computed,
      BigDecimal[] weights, int count) {
    Unit unit = reported.unit();
    for (int i = 0; i < count; i++) {
      Unit u = computed[i].unit();
      if (u != unit && !u.equals(unit)) {
        return null;
      }
    }
    Fact[] facts = new Fact[count + 1];
    facts[0] = reported;
    System.arraycopy(computed, 0, facts, 1, count);
    if (sides.length < count + 1) {
      sides = new Operand.Side[2 * (count + 1)];
      operandWeights = new BigDecimal[2 * (count + 1)];
      sides[0] = Operand.Side.REPORTED;
      operandWeights[0] = BigDecimal.ONE;
    }
    for (int i = 0; i < count; i++) {
      sides[i + 1] = Operand.Side.COMPUTED;
      operandWeights[i + 1] = weights[i];
    }
    List<Operand> operands = operandLists.of(facts, sides, operandWeights, count + 1);
    Finding finding = wholeNumbers(entity, period, dimensions, reported, computed, weights, count, operands);
    if (finding != null) {
      return finding;
    }
    Judgement judgement = decimals(reported, computed, weights, count);
    return Findings.judged(rule, entity, period, dimensions, judgement.passes(), judgement.reported(),
        judgement.computed(), judgement.variance(), judgement.tolerance(), operands);
  }

  /** As EquationEvaluator.judge with zero constants and a reported weight of one. */
  private Judgement decimals(Fact reported, Fact[] computed, BigDecimal[] weights, int count) {
    BigDecimal value = reported.amount();
    BigDecimal left = value.scale() >= 0 ? value : BigDecimal.ZERO.add(value);
    BigDecimal leftHalf = BigDecimal.ZERO.add(reported.decimals().halfWidth());
    BigDecimal right = BigDecimal.ZERO;
    BigDecimal rightHalf = BigDecimal.ZERO;
    for (int i = 0; i < count; i++) {
      BigDecimal weight = weights[i];
      BigDecimal v = computed[i].amount();
      BigDecimal half = computed[i].decimals().halfWidth();
      if (weight.compareTo(BigDecimal.ONE) != 0) {
        v = v.multiply(weight);
        half = half.multiply(weight.abs());
      }
      right = right.add(v);
      rightHalf = rightHalf.add(half);
    }
    BigDecimal allowance = rule.materiality().allowance(left);
    return Judgement.of(Comparison.EQ, left, leftHalf, right, rightHalf, allowance);
  }

  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /**
   * The finding of the judgement {@link #decimals} gives, in long arithmetic, for the common case
   * (no Judgement is made: the quick compiler does not remove short-lived objects): whole amounts of
   * at most 17 digits, whole weights, no materiality. BigDecimal sums take the larger scale of their
   * terms, so the sums here are whole (scale 0) and the half-widths' sum has the largest scale of
   * its terms and zero's (a half-width 0.5 x 10^-d is 5 at scale d + 1; INF's is zero). Null
   * otherwise, or when a product or sum would overflow.
   */
  private Finding wholeNumbers(
      String entity, Period period, Dimensions dimensions, Fact reported, Fact[] computed, BigDecimal[] weights,
      int count, List<Operand> operands) {
    if (!(rule.materiality() instanceof Materiality.None) || !isSmallWhole(reported.amount())) {
      return null;
    }
    int scale = Math.max(0, halfScale(reported.decimals()));
    for (int i = 0; i < count; i++) {
      BigDecimal w = weights[i];
      if (!isSmallWhole(computed[i].amount()) || w.scale() != 0 || w.precision() > 9) {
        return null;
      }
      scale = Math.max(scale, halfScale(computed[i].decimals()));
    }
    if (scale >= POWERS_OF_TEN.length) {
      return null;
    }
    try {
      long left = reported.amount().longValue();
      long half = halfAt(reported.decimals(), scale);
      long right = 0;
      for (int i = 0; i < count; i++) {
        long w = weights[i].longValue();
        right = Math.addExact(right, Math.multiplyExact(computed[i].amount().longValue(), w));
        half = Math.addExact(half, Math.multiplyExact(halfAt(computed[i].decimals(), scale), Math.abs(w)));
      }
      long variance = Math.subtractExact(left, right);
      boolean passes = Math.multiplyExact(Math.abs(variance), POWERS_OF_TEN[scale]) <= half;
      return Findings.judged(
          rule,
          entity,
          period,
          dimensions,
          passes,
          reported.amount(),
          // Most checks tie exactly: then the computed figure is the reported one (both whole).
          variance == 0 ? reported.amount() : BigDecimal.valueOf(right),
          variance == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(variance),
          tolerance(half, scale),
          operands);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private static final BigDecimal LARGEST_SMALL = BigDecimal.valueOf(99_999_999_999_999_999L);
  private static final BigDecimal SMALLEST_SMALL = LARGEST_SMALL.negate();

  /** A whole amount of at most 17 digits; compared rather than asked its precision, which counts digits. */
  private static boolean isSmallWhole(BigDecimal value) {
    return value.scale() == 0 && value.compareTo(LARGEST_SMALL) <= 0 && value.compareTo(SMALLEST_SMALL) >= 0;
  }

  /** The scale of a fact's half-width; an exact fact's (zero) counts as 0. */
  private static int halfScale(Decimals decimals) {
    return decimals.infinite() ? 0 : decimals.digits() + 1;
  }

  /** A fact's half-width, 5 at scale digits + 1, in units of 10^-scale. */
  private static long halfAt(Decimals decimals, int scale) {
    if (decimals.infinite()) {
      return 0;
    }
    int shift = scale - (decimals.digits() + 1);
    if (shift >= POWERS_OF_TEN.length) {
      throw new ArithmeticException("half-width beyond a long");
    }
    return 5 * POWERS_OF_TEN[shift];
  }

  /** {@code half x 10^-scale} without trailing zeros, as BigDecimal.stripTrailingZeros gives it; shared. */
  private BigDecimal tolerance(long half, int scale) {
    if (half == 0) {
      return BigDecimal.ZERO;
    }
    while (half % 10 == 0) {
      half /= 10;
      scale--;
    }
    if (half >= 1L << 48 || scale < -32 || scale >= 32) {
      return BigDecimal.valueOf(half, scale);
    }
    long key = (half << 6) | (scale + 32);
    int slot = (int) (key ^ (key >>> 17)) & 63;
    BigDecimal known = tolerances[slot];
    if (known == null || toleranceKeys[slot] != key) {
      known = BigDecimal.valueOf(half, scale);
      toleranceKeys[slot] = key;
      tolerances[slot] = known;
    }
    return known;
  }
}
