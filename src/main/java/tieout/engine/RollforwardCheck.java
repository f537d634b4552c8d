package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.rules.Rule;
import tieout.rules.Term;

/**
 * {@code rollforward B by flows}: for each duration of a flow where the balance is reported at its
 * start (the day before) or its end, closing balance = opening balance + the weighted flows.
 */
record RollforwardCheck(Rule.Rollforward rule) implements Check {
  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    Set<Context> durations = new LinkedHashSet<>();
    for (Term flow : rule.flows()) {
      for (Fact fact : ledger.factsOf(flow.concept())) {
        if (!fact.isNil()
            && fact.period() instanceof Period.Duration // a forever fact has no opening or closing balance
            && rule.header().filter().accepts(fact.period())) {
          durations.add(Context.of(fact));
        }
      }
    }
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Context where : durations) {
      Period.Duration duration = (Period.Duration) where.period();
      ContextKey opening = where.key(rule.balance(), duration.opening());
      ContextKey closing = where.key(rule.balance(), duration.closing());
      if (!Figure.resolve(ledger, opening).isReported()
          && !Figure.resolve(ledger, closing).isReported()) {
        continue;
      }
      List<Slot> slots = new ArrayList<>();
      slots.add(
          Slot.reported(
              closing,
              () ->
                  Reasons.balanceNotReported("closing balance", rule.balance(), closing.period())));
      slots.add(
          Slot.required(
              Operand.Side.COMPUTED,
              BigDecimal.ONE,
              opening,
              () ->
                  Reasons.balanceNotReported("opening balance", rule.balance(), opening.period())));
      for (Term flow : rule.flows()) {
        slots.add(
            Slot.required(
                Operand.Side.COMPUTED,
                flow.weight(),
                where.key(flow.concept()),
                () -> Reasons.balanceNotReported("flow", flow.concept(), duration)));
      }
      findings.add(evaluator.evaluate(Equation.tie(where, slots)));
    }
    return findings.build();
  }
}
