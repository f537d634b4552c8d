package tieout.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.Rule;
import tieout.taxonomy.Unit;

/**
 * Evaluates {@link Equation}s of one rule into findings: looks each slot's figure up by hash,
 * reports what is missing, refuses mixed units, and evaluates every printed version of inconsistent
 * duplicates.
 *
 * <p>Versions: the check is first evaluated with each figure's first version; then, for each figure
 * with inconsistent duplicates in slot order, once per other printed value of that figure (the
 * others keeping their first version). The finding is the first failing evaluation, else the first.
 * This keeps the work linear in the number of facts, where trying every combination would not be.
 */
final class EquationEvaluator {
  /** Operand.Side.values() copies its array on every call; this runs once per check. */
  private static final Operand.Side[] SIDES = Operand.Side.values();

  /** A zero of scale 0 recognised by reference: the left side before anything is added to it. */
  private static final BigDecimal ZERO_CONSTANT = new BigDecimal(0);

  private final Rule.Header rule;
  private final Ledger ledger;
  private final OperandList.Builder operandLists = new OperandList.Builder();

  /** Whether duplicates and excess digits block the check as Calculations 1.1 says (sum rules). */
  private final boolean calc11;

  EquationEvaluator(Rule.Header rule, Ledger ledger) {
    this(rule, ledger, false);
  }

  EquationEvaluator(Rule.Header rule, Ledger ledger, boolean calc11) {
    this.rule = rule;
    this.ledger = ledger;
    this.calc11 = calc11;
  }

  Finding evaluate(Equation equation) {
    // Slots are few (a handful per check): arrays and a linear scan for repeated keys beat maps.
    ImmutableList<Slot> slots = equation.slots();
    int n = slots.size();
    Figure[] figures = new Figure[n];
    int[] figureOf = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      ContextKey key = slots.get(i).key();
      int found = -1;
      for (int j = 0; j < distinct; j++) {
        if (figures[j].key().equals(key)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        figures[distinct] = Figure.resolve(ledger, key);
        found = distinct++;
      }
      figureOf[i] = found;
    }
    List<Operand> operands = operands(equation, figures, figureOf);

    Set<String> missing = null;
    for (int i = 0; i < n; i++) {
      Figure figure = figures[figureOf[i]];
      Slot slot = slots.get(i);
      if (!figure.isReported() && slot.whenMissing().isPresent()) {
        if (missing == null) {
          missing = new LinkedHashSet<>();
        }
        missing.add(Reasons.missing(slot.whenMissing().get().get(), figure.nil()));
      }
    }
    if (missing != null) {
      return Findings.notEvaluated(rule, equation.context(), String.join("; ", missing), operands);
    }
    Optional<String> units =
        oneUnit(figures, distinct)
            ? Optional.empty()
            : Reasons.unitsDiffer(Lists.transform(operands, Operand::fact));
    if (units.isPresent()) {
      return Findings.notEvaluated(rule, equation.context(), units.get(), operands);
    }
    if (calc11) {
      Optional<String> blocked = Calc11Facts.blocking(figures, distinct);
      if (blocked.isPresent()) {
        return Findings.notEvaluated(rule, equation.context(), blocked.get(), operands);
      }
    }

    Fact[] chosen = new Fact[distinct];
    boolean duplicates = false;
    for (int j = 0; j < distinct; j++) {
      if (figures[j].isReported()) {
        chosen[j] = figures[j].versions().get(0);
        duplicates |= figures[j].versions().size() > 1;
      }
    }
    Judgement first = judge(equation, figureOf, chosen);
    Judgement shown =
        first.passes() && duplicates
            ? failingVersion(equation, figures, distinct, figureOf, chosen).orElse(first)
            : first;
    return Findings.judged(rule, equation.context(), shown, operands);
  }

  /**
   * The first failing evaluation with one figure switched to another of its printed values, the
   * others keeping their first version; empty when every such version passes.
   */
  private Optional<Judgement> failingVersion(
      Equation equation, Figure[] figures, int distinct, int[] figureOf, Fact[] chosen) {
    for (int j = 0; j < distinct; j++) {
      Figure figure = figures[j];
      for (int v = 1; v < figure.versions().size(); v++) {
        chosen[j] = figure.versions().get(v);
        Judgement judgement = judge(equation, figureOf, chosen);
        if (!judgement.passes()) {
          return Optional.of(judgement);
        }
      }
      if (figure.isReported()) {
        chosen[j] = figure.versions().get(0);
      }
    }
    return Optional.empty();
  }

  private Judgement judge(Equation equation, int[] figureOf, Fact[] chosen) {
    // Sums of values and of half-widths (see Amount) kept in locals: this runs once per check.
    BigDecimal left = equation.leftConstant().signum() == 0 && equation.leftConstant().scale() == 0
        ? ZERO_CONSTANT : equation.leftConstant();
    BigDecimal leftHalf = BigDecimal.ZERO;
    BigDecimal right = equation.rightConstant();
    BigDecimal rightHalf = BigDecimal.ZERO;
    ImmutableList<Slot> slots = equation.slots();
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      Fact fact = chosen[figureOf[i]];
      if (fact == null) {
        continue; // an optional figure not reported contributes nothing, as in XBRL
      }
      BigDecimal weight = slot.weight();
      BigDecimal value = fact.amount();
      BigDecimal half = fact.decimals().halfWidth();
      // Multiplying by one would only change the scale of the printed sum, so skip it.
      if (weight.compareTo(BigDecimal.ONE) != 0) {
        value = value.multiply(weight);
        half = half.multiply(weight.abs());
      }
      if (slot.side() == Operand.Side.REPORTED) {
        // A lone reported figure is its own sum: keep the fact's value rather than a copy (a zero
        // constant plus a value of non-negative scale is that value, scale and all).
        left = left == ZERO_CONSTANT && value.scale() >= 0 ? value : left.add(value);
        leftHalf = leftHalf.add(half);
      } else {
        right = right.add(value);
        rightHalf = rightHalf.add(half);
      }
    }
    BigDecimal allowance = rule.materiality().allowance(left);
    return Judgement.of(equation.op(), left, leftHalf, right, rightHalf, allowance);
  }

  /** Whether every fact of these figures has one unit: nearly always, so checked without a list. */
  private static boolean oneUnit(Figure[] figures, int distinct) {
    Unit unit = null;
    for (int j = 0; j < distinct; j++) {
      ImmutableList<Fact> facts = figures[j].facts();
      for (int k = 0; k < facts.size(); k++) {
        Unit u = facts.get(k).unit();
        if (unit == null) {
          unit = u;
        } else if (u != unit && !u.equals(unit)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Reported side first, then the computed side, each slot with every printing of its figure. */
  private List<Operand> operands(Equation equation, Figure[] figures, int[] figureOf) {
    ImmutableList<Slot> slots = equation.slots();
    int count = 0;
    for (int i = 0; i < slots.size(); i++) {
      count += figures[figureOf[i]].facts().size();
    }
    Fact[] facts = new Fact[count];
    Operand.Side[] sides = new Operand.Side[count];
    BigDecimal[] weights = new BigDecimal[count];
    int at = 0;
    for (Operand.Side side : SIDES) {
      for (int i = 0; i < slots.size(); i++) {
        Slot slot = slots.get(i);
        if (slot.side() == side) {
          ImmutableList<Fact> printed = figures[figureOf[i]].facts();
          for (int k = 0; k < printed.size(); k++) {
            facts[at] = printed.get(k);
            sides[at] = side;
            weights[at] = slot.weight();
            at++;
          }
        }
      }
    }
    return operandLists.of(facts, sides, weights);
  }
}
