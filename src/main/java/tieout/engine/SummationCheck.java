package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import tieout.ledger.Ledger;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;

/**
 * {@code sum T = items}: in each context where an item is reported, the total equals the weighted
 * sum of the items reported there. Items not reported contribute nothing (XBRL Calculations 1.1).
 */
final class SummationCheck implements Check {
  private final Rule.Summation rule;

  SummationCheck(Rule.Summation rule) {
    this.rule = rule;
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    List<Concept> items = rule.items().stream().map(Term::concept).toList();
    for (Context where : Context.reportedFor(ledger, items, rule.header().filter())) {
      List<Slot> slots = new ArrayList<>();
      slots.add(
          Slot.reported(
              where.key(rule.total()),
              () -> Reasons.notReported("total", rule.total(), where.period())));
      for (Term item : rule.items()) {
        slots.add(Slot.optional(Operand.Side.COMPUTED, item.weight(), where.key(item.concept())));
      }
      findings.add(evaluator.evaluate(Equation.tie(where, slots)));
    }
    return findings.build();
  }
}
