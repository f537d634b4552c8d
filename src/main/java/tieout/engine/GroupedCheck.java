package tieout.engine;

import com.google.common.collect.ImmutableList;
import tieout.ledger.Ledger;

/**
 * A check with two ways to the same findings: grouped (one pass over the facts, the common form
 * judged by {@link SimpleTie}) and general (the evaluator, figure by figure). The general way is
 * the reference the grouped one is tested against ({@code EngineFastPathTest}).
 */
abstract class GroupedCheck implements Check {
  private final Judges judges;

  GroupedCheck(Judges judges) {
    this.judges = judges;
  }

  @Override
  public final ImmutableList<Finding> run(Ledger ledger) {
    ImmutableList<Finding> findings = judges.tryGrouped() ? runGrouped(ledger) : null;
    return findings != null ? findings : runGeneral(ledger);
  }

  /** The findings the grouped way; null when this ledger needs the general way throughout. */
  abstract ImmutableList<Finding> runGrouped(Ledger ledger);

  /** The findings the general way. */
  abstract ImmutableList<Finding> runGeneral(Ledger ledger);
}
