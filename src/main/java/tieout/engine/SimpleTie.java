package tieout.engine;

import java.math.BigDecimal;
import tieout.ledger.Fact;
import tieout.ledger.Unit;
import tieout.rules.Comparison;
import tieout.rules.Rule;

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

  SimpleTie(Rule.Header rule) {
    this.rule = rule;
  }

  /**
   * The finding of {@code reported = sum of weights[i] x computed[i]} for the first {@code count}
   * computed facts, or null when the facts are not all in one unit (the evaluator then says why).
   */
  Finding judge(Context where, Fact reported, Fact[] computed, BigDecimal[] weights, int count) {
    Unit unit = reported.unit();
    for (int i = 0; i < count; i++) {
      Unit u = computed[i].unit();
      if (u != unit && !u.equals(unit)) {
        return null;
      }
    }
    // As EquationEvaluator.judge with zero constants and a reported weight of one.
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
    Judgement judgement = Judgement.of(Comparison.EQ, left, leftHalf, right, rightHalf, allowance);

    Fact[] facts = new Fact[count + 1];
    Operand.Side[] sides = new Operand.Side[count + 1];
    BigDecimal[] operandWeights = new BigDecimal[count + 1];
    facts[0] = reported;
    sides[0] = Operand.Side.REPORTED;
    operandWeights[0] = BigDecimal.ONE;
    for (int i = 0; i < count; i++) {
      facts[i + 1] = computed[i];
      sides[i + 1] = Operand.Side.COMPUTED;
      operandWeights[i + 1] = weights[i];
    }
    return Findings.judged(rule, where, judgement, operandLists.of(facts, sides, operandWeights));
  }
}
