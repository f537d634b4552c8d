package tieout.rules;

import com.google.common.collect.ImmutableList;

/** The body of a rule declaration as written: names not yet resolved to concepts or axes. */
sealed interface Body {
  /** {@code rollup quarters of all additive} (concepts empty) or {@code of C1, C2}. */
  record Rollup(ImmutableList<Name> concepts, boolean allAdditive) implements Body {}

  /** {@code breakdown C by AXIS}. */
  record Breakdown(Name total, Name axis) implements Body {}

  /** {@code sum C = EXPR}. */
  record Sum(Name total, Expr items) implements Body {}

  /** {@code assert EXPR OP EXPR}. */
  record Assert(Expr left, Comparison op, Expr right) implements Body {}

  /** {@code flux C1, C2 yoy > 25% and > 1,000,000}: either threshold may be absent, not both. */
  record Flux(
      ImmutableList<Name> concepts,
      FluxBasis basis,
      java.util.Optional<java.math.BigDecimal> percent,
      java.util.Optional<java.math.BigDecimal> amount)
      implements Body {}

  /** {@code rollforward C by EXPR}. */
  record Rollforward(Name balance, Expr flows) implements Body {}
}
