package tieout.engine;

import tieout.rules.Rule;

/**
 * Who decides the checks that have two ways to the same findings: the fast way where it applies
 * (exact whole numbers, one pass over grouped facts) with the general evaluator behind it, or the
 * general evaluator alone. A run uses {@link #FAST}; the tests build the general-only judges as the
 * reference the fast ones are compared against ({@code Fixtures}, {@code EngineFastPathTest}).
 */
interface Judges {
  /** The fast way wherever it applies: every run. */
  Judges FAST = new Judges() {
    @Override
    public RollupJudge rollup(Rule.Header rule, RollupJudge general) {
      return new FastRollupJudge(new SimpleTie(rule), general);
    }

    @Override
    public boolean tryGrouped() {
      return true;
    }
  };

  /** The judge of a roll-up's sums, given the general one ({@link IntervalRollupJudge}). */
  RollupJudge rollup(Rule.Header rule, RollupJudge general);

  /** Whether a {@link GroupedCheck} tries its grouped way before the general one. */
  boolean tryGrouped();
}
