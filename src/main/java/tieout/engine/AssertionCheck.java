package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tieout.ledger.Ledger;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;

/**
 * {@code assert L op R}: in each context where any concept of either side is reported, the left
 * side stands in relation {@code op} to the right. Every concept must be reported.
 */
record AssertionCheck(Rule.Assertion rule) implements Check {
  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    Set<Concept> concepts = new LinkedHashSet<>();
    rule.left().terms().forEach(t -> concepts.add(t.concept()));
    rule.right().terms().forEach(t -> concepts.add(t.concept()));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Context where : Context.reportedFor(ledger, concepts, rule.header().filter())) {
      List<Slot> slots = new ArrayList<>();
      addTerms(Operand.Side.REPORTED, rule.left().terms(), where, slots);
      addTerms(Operand.Side.COMPUTED, rule.right().terms(), where, slots);
      Equation equation =
          new Equation(
              where,
              ImmutableList.copyOf(slots),
              rule.left().constant(),
              rule.op(),
              rule.right().constant());
      findings.add(evaluator.evaluate(equation));
    }
    return findings.build();
  }

  private static void addTerms(
      Operand.Side side, List<Term> terms, Context where, List<Slot> slots) {
    for (Term term : terms) {
      slots.add(
          Slot.required(
              side,
              term.weight(),
              where.key(term.concept()),
              () -> Reasons.notReported("", term.concept(), where.period())));
    }
  }
}
