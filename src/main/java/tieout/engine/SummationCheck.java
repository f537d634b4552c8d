package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tieout.ledger.ContextIds;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;

/**
 * {@code sum T = items}: in each context where an item is reported, the total equals the weighted
 * sum of the items reported there. Items not reported contribute nothing, and a figure with
 * inconsistent duplicates or excess digits leaves the check not evaluated (XBRL Calculations 1.1,
 * {@link Calc11Facts}).
 */
final class SummationCheck extends GroupedCheck {
  /** In a context's row of facts: a figure printed twice, left to the evaluator. */
  private static final Object SEVERAL = new Object();

  private final Rule.Summation rule;

  SummationCheck(Rule.Summation rule, Judges judges) {
    super(judges);
    this.rule = rule;
  }

  @Override
  ImmutableList<Finding> runGeneral(Ledger ledger) {
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger, true);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    List<Concept> items = rule.items().stream().map(Term::concept).toList();
    for (Context where : Context.reportedFor(ledger, items, rule.header().filter())) {
      findings.add(evaluator.evaluate(equation(where)));
    }
    return findings.build();
  }

  private Equation equation(Context where) {
    List<Slot> slots = new ArrayList<>();
    slots.add(
        Slot.reported(
            where.key(rule.total()),
            () -> Reasons.notReported("total", rule.total(), where.period())));
    for (Term item : rule.items()) {
      slots.add(Slot.optional(Operand.Side.COMPUTED, item.weight(), where.key(item.concept())));
    }
    return Equation.tie(where, slots);
  }

  /**
   * The same checks as the general way, from one pass over the facts of the items, then the
   * total, that puts each context's figures in a row (total first, then the items in rule order);
   * common checks are judged by {@link SimpleTie}, the rest by the evaluator. Null where the general
   * way is needed throughout: a concept named twice, or a nil fact.
   */
  @Override
  ImmutableList<Finding> runGrouped(Ledger ledger) {
    List<Term> items = rule.items();
    Set<Concept> named = new HashSet<>();
    named.add(rule.total());
    for (Term item : items) {
      if (!named.add(item.concept())) {
        return null;
      }
    }
    // Contexts in the order the general way finds them: where an item is first reported. A row of
    // cells per context: the total, then each item.
    ContextIds ids = ledger.contextIds();
    int width = items.size() + 1;
    int[] rowOf = new int[ids.contextCount()];
    Arrays.fill(rowOf, -1);
    List<Fact> facts = ledger.facts();
    Object[] cells = new Object[16 * width];
    Fact[] firstOfRow = new Fact[16]; // where the row's context comes from
    int rows = 0;
    for (int i = 0; i < items.size(); i++) {
      int column = i + 1;
      for (int position : ledger.positionsOf(items.get(i).concept())) {
        Fact fact = facts.get(position);
        if (fact.isNil()) {
          return null;
        }
        // A filter looks at the period only, so it takes or leaves every fact of a context alike.
        if (rule.header().filter().accepts(fact.period())) {
          int context = ids.contextAt(position);
          int row = rowOf[context];
          if (row < 0) {
            row = rowOf[context] = rows++;
            if (rows * width > cells.length) {
              cells = Arrays.copyOf(cells, cells.length * 2);
              firstOfRow = Arrays.copyOf(firstOfRow, cells.length / width + 1);
            }
            firstOfRow[row] = fact;
          }
          put(cells, row * width + column, fact);
        }
      }
    }
    for (int position : ledger.positionsOf(rule.total())) {
      Fact fact = facts.get(position);
      if (fact.isNil()) {
        return null;
      }
      int row = rowOf[ids.contextAt(position)];
      if (row >= 0) {
        put(cells, row * width, fact);
      }
    }
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger, true);
    SimpleTie tie = new SimpleTie(rule.header());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    Fact[] parts = new Fact[items.size()];
    BigDecimal[] weights = new BigDecimal[items.size()];
    for (int row = 0; row < rows; row++) {
      int at = row * width;
      Fact first = firstOfRow[row];
      Finding finding = null;
      if (cells[at] instanceof Fact total) {
        int n = 0;
        for (int i = 0; i < items.size() && n >= 0; i++) {
          Object item = cells[at + i + 1];
          if (item == SEVERAL) {
            n = -1;
          } else if (item != null) {
            parts[n] = (Fact) item;
            weights[n++] = items.get(i).weight();
          }
        }
        if (n >= 0 && !anyExcess(total, parts, n)) {
          finding = tie.judge(first.entity(), first.period(), first.dimensions(), total, parts, weights, n);
        }
      }
      if (finding == null) {
        finding = evaluator.evaluate(equation(Context.of(first)));
      }
      findings.add(finding);
    }
    return findings.build();
  }

  /** Excess digits are the evaluator's to report. */
  private static boolean anyExcess(Fact total, Fact[] parts, int n) {
    if (Calc11Facts.excessDigits(total)) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (Calc11Facts.excessDigits(parts[i])) {
        return true;
      }
    }
    return false;
  }

  private static void put(Object[] cells, int cell, Fact fact) {
    cells[cell] = cells[cell] == null ? fact : SEVERAL;
  }
}
