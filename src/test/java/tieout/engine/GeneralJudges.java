package tieout.engine;

import tieout.rules.Rule;

/**
 * The general evaluator alone for every check: the reference the fast judges ({@link Judges#FAST}) are
 * tested against.
 */
final class GeneralJudges implements Judges {
  static final Judges GENERAL = new GeneralJudges();

  private GeneralJudges() {}

  @Override
  public RollupJudge rollup(Rule.Header rule, RollupJudge general) {
    return general;
  }

  @Override
  public boolean tryGrouped() {
    return false;
  }
}
