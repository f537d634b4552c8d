package tieout.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.Rule;

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
  private final Rule.Header rule;
  private final Ledger ledger;

  EquationEvaluator(Rule.Header rule, Ledger ledger) {
    this.rule = rule;
    this.ledger = ledger;
  }

  Finding evaluate(Equation equation) {
    Map<ContextKey, Figure> figures = new LinkedHashMap<>();
    for (Slot slot : equation.slots()) {
      figures.computeIfAbsent(slot.key(), key -> Figure.resolve(ledger, key));
    }
    ImmutableList<Operand> operands = operands(equation, figures);

    Set<String> missing = new LinkedHashSet<>();
    for (Slot slot : equation.slots()) {
      Figure figure = figures.get(slot.key());
      if (!figure.isReported() && slot.whenMissing().isPresent()) {
        missing.add(Reasons.missing(slot.whenMissing().get().get(), figure.nil()));
      }
    }
    if (!missing.isEmpty()) {
      return Findings.notEvaluated(rule, equation.context(), String.join("; ", missing), operands);
    }
    Optional<String> units = Reasons.unitsDiffer(Lists.transform(operands, Operand::fact));
    if (units.isPresent()) {
      return Findings.notEvaluated(rule, equation.context(), units.get(), operands);
    }

    Map<ContextKey, Fact> chosen = new HashMap<>();
    figures.forEach(
        (key, figure) -> {
          if (figure.isReported()) {
            chosen.put(key, figure.versions().get(0));
          }
        });
    Judgement first = judge(equation, chosen);
    Judgement shown =
        first.passes() ? failingVersion(equation, figures, chosen).orElse(first) : first;
    return Findings.judged(rule, equation.context(), shown, operands);
  }

  /**
   * The first failing evaluation with one figure switched to another of its printed values, the
   * others keeping their first version; empty when every such version passes.
   */
  private Optional<Judgement> failingVersion(
      Equation equation, Map<ContextKey, Figure> figures, Map<ContextKey, Fact> chosen) {
    for (Figure figure : figures.values()) {
      for (int v = 1; v < figure.versions().size(); v++) {
        chosen.put(figure.key(), figure.versions().get(v));
        Judgement judgement = judge(equation, chosen);
        if (!judgement.passes()) {
          return Optional.of(judgement);
        }
      }
      if (figure.isReported()) {
        chosen.put(figure.key(), figure.versions().get(0));
      }
    }
    return Optional.empty();
  }

  private Judgement judge(Equation equation, Map<ContextKey, Fact> chosen) {
    Amount left = Amount.exact(equation.leftConstant());
    Amount right = Amount.exact(equation.rightConstant());
    for (Slot slot : equation.slots()) {
      Fact fact = chosen.get(slot.key());
      if (fact == null) {
        continue; // an optional figure not reported contributes nothing, as in XBRL
      }
      if (slot.side() == Operand.Side.REPORTED) {
        left = left.plus(slot.weight(), fact);
      } else {
        right = right.plus(slot.weight(), fact);
      }
    }
    BigDecimal allowance = rule.materiality().allowance(left.value());
    return Judgement.of(equation.op(), left, right, allowance);
  }

  /** Reported side first, then the computed side, each slot with every printing of its figure. */
  private static ImmutableList<Operand> operands(
      Equation equation, Map<ContextKey, Figure> figures) {
    ImmutableList.Builder<Operand> operands = ImmutableList.builder();
    for (Operand.Side side : Operand.Side.values()) {
      for (Slot slot : equation.slots()) {
        if (slot.side() == side) {
          figures
              .get(slot.key())
              .facts()
              .forEach(f -> operands.add(new Operand(side, slot.weight(), f)));
        }
      }
    }
    return operands.build();
  }
}
