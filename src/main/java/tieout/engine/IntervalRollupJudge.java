package tieout.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tieout.ledger.ContextKey;
import tieout.ledger.Period;
import tieout.taxonomy.Concept;

/**
 * The general judge of a roll-up check: the check as an {@link Equation} of required figures,
 * decided by the {@link EquationEvaluator} (value intervals, duplicates, nil, units, materiality).
 */
final class IntervalRollupJudge implements RollupJudge {
  private final EquationEvaluator evaluator;

  IntervalRollupJudge(EquationEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @Override
  public Finding decide(RollupSeries series, RollupSum sum) {
    RollupSum.Form form = sum.form();
    List<Slot> slots = new ArrayList<>(form.partCount() + 1);
    slots.add(figure(Operand.Side.REPORTED, series, form.totalName(), sum.total()));
    for (int i = 0; i < form.partCount(); i++) {
      int part = form.part(i);
      slots.add(figure(Operand.Side.COMPUTED, series, YearParts.name(part), sum.year().period(part)));
    }
    return evaluator.evaluate(
        Equation.tie(new Context(series.entity(), sum.total(), series.dimensions()), slots));
  }

  private static Slot figure(Operand.Side side, RollupSeries series, String name, Period.Duration period) {
    Concept concept = series.concept();
    return Slot.required(
        side,
        BigDecimal.ONE,
        new ContextKey(concept, series.entity(), period, series.dimensions()),
        () -> Reasons.partNotReported(name, period, concept));
  }
}
