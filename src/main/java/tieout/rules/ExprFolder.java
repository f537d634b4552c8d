package tieout.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Folds an {@link Expr} into {@code sum(weight x concept) + constant}, by concept name: concepts in
 * order of first appearance, a concept written twice merged into one weight. Products of two
 * concepts, division by a concept, division by zero and divisions without an exact decimal result
 * are errors.
 */
final class ExprFolder {
  private ExprFolder() {}

  /** A folded expression: weights by concept name in first-appearance order, and a constant. */
  record Folded(ImmutableMap<String, BigDecimal> weights, BigDecimal constant) {
    boolean isConstant() {
      return weights.isEmpty();
    }
  }

  /** Signals an error already recorded; folding stops at the first error of an expression. */
  private static final class NotLinear extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotLinear() {
      super(null, null, false, false);
    }
  }

  /** The folded expression, or empty after recording why it cannot be folded. */
  static Optional<Folded> fold(Expr expr, RuleErrors problems) {
    try {
      return Optional.of(foldOrThrow(expr, problems));
    } catch (NotLinear e) {
      return Optional.empty();
    }
  }

  /** Every concept name in the expression, in source order, repeats included. */
  static ImmutableList<Name> refs(Expr expr) {
    ImmutableList.Builder<Name> names = ImmutableList.builder();
    collectRefs(expr, names);
    return names.build();
  }

  /**
   * The terms that are added or subtracted at the top of the expression, looking through signs and
   * parentheses: {@code A - (B + 5)} has the terms {@code A}, {@code B} and {@code 5}.
   */
  static ImmutableList<Expr> additiveTerms(Expr expr) {
    ImmutableList.Builder<Expr> terms = ImmutableList.builder();
    collectTerms(expr, terms);
    return terms.build();
  }

  private static void collectRefs(Expr expr, ImmutableList.Builder<Name> names) {
    if (expr instanceof Expr.Ref ref) {
      names.add(ref.name());
    } else if (expr instanceof Expr.Neg neg) {
      collectRefs(neg.operand(), names);
    } else if (expr instanceof Expr.Paren paren) {
      collectRefs(paren.inner(), names);
    } else if (expr instanceof Expr.Chain chain) {
      collectRefs(chain.first(), names);
      chain.links().forEach(link -> collectRefs(link.operand(), names));
    }
  }

  private static void collectTerms(Expr expr, ImmutableList.Builder<Expr> terms) {
    if (expr instanceof Expr.Neg neg) {
      collectTerms(neg.operand(), terms);
    } else if (expr instanceof Expr.Paren paren) {
      collectTerms(paren.inner(), terms);
    } else if (expr instanceof Expr.Chain chain && isAdditive(chain)) {
      collectTerms(chain.first(), terms);
      chain.links().forEach(link -> collectTerms(link.operand(), terms));
    } else {
      terms.add(expr);
    }
  }

  private static boolean isAdditive(Expr.Chain chain) {
    char op = chain.links().get(0).op();
    return op == '+' || op == '-';
  }

  private static Folded foldOrThrow(Expr expr, RuleErrors problems) {
    if (expr instanceof Expr.Num num) {
      return new Folded(ImmutableMap.of(), num.value());
    }
    if (expr instanceof Expr.Ref ref) {
      return new Folded(ImmutableMap.of(ref.name().text(), BigDecimal.ONE), BigDecimal.ZERO);
    }
    if (expr instanceof Expr.Neg neg) {
      return scale(foldOrThrow(neg.operand(), problems), BigDecimal.ONE.negate());
    }
    if (expr instanceof Expr.Paren paren) {
      return foldOrThrow(paren.inner(), problems);
    }
    Expr.Chain chain = (Expr.Chain) expr;
    Folded result = foldOrThrow(chain.first(), problems);
    for (int i = 0; i < chain.links().size(); i++) {
      Expr.Link link = chain.links().get(i);
      Folded operand = foldOrThrow(link.operand(), problems);
      result =
          switch (link.op()) {
            case '+' -> add(result, operand, BigDecimal.ONE);
            case '-' -> add(result, operand, BigDecimal.ONE.negate());
            case '*' -> multiply(result, operand, chain, i, problems);
            default -> divide(result, operand, chain, i, problems);
          };
    }
    return result;
  }

  private static Folded add(Folded left, Folded right, BigDecimal sign) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>(left.weights());
    right.weights().forEach((name, weight) -> weights.merge(name, weight.multiply(sign), BigDecimal::add));
    return new Folded(ImmutableMap.copyOf(weights), left.constant().add(right.constant().multiply(sign)));
  }

  private static Folded multiply(Folded left, Folded right, Expr.Chain chain, int link, RuleErrors problems) {
    if (!left.isConstant() && !right.isConstant()) {
      throw notLinear(chain, link, problems);
    }
    return left.isConstant() ? scale(right, left.constant()) : scale(left, right.constant());
  }

  private static Folded divide(Folded left, Folded right, Expr.Chain chain, int link, RuleErrors problems) {
    if (!right.isConstant()) {
      throw notLinear(chain, link, problems);
    }
    Expr divisor = chain.links().get(link).operand();
    if (right.constant().signum() == 0) {
      problems.add(divisor.pos(), "division by zero");
      throw new NotLinear();
    }
    try {
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      left.weights().forEach((name, weight) -> weights.put(name, weight.divide(right.constant())));
      return new Folded(ImmutableMap.copyOf(weights), left.constant().divide(right.constant()));
    } catch (ArithmeticException e) {
      // 1/3 has no exact decimal; an approximate weight would make the interval check inexact.
      problems.add(
          chain.pos(),
          "'" + chain.printUpTo(link + 1) + "' has no exact decimal result; multiply the other side by "
              + divisor.print() + " instead");
      throw new NotLinear();
    }
  }

  private static Folded scale(Folded folded, BigDecimal factor) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    folded.weights().forEach((name, weight) -> weights.put(name, weight.multiply(factor)));
    return new Folded(ImmutableMap.copyOf(weights), folded.constant().multiply(factor));
  }

  private static NotLinear notLinear(Expr.Chain chain, int link, RuleErrors problems) {
    problems.add(
        chain.pos(),
        "'" + chain.printUpTo(link + 1) + "' is not linear: a concept may only be multiplied or divided by a number");
    return new NotLinear();
  }
}
