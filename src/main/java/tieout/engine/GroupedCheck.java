package tieout.engine;

import com.google.common.collect.ImmutableList;
import tieout.ledger.Ledger;

/**
 * A check with two ways to the same findings: grouped (one pass over the facts, the common form
 * judged by {@link SimpleTie}) and general (the evaluator, figure by figure). The general way is
 * the reference the grouped one is tested against ({@code EngineFastPathTest}).
 */
abstract class GroupedCheck implements Check {
  /** Whether the grouped way is tried first (false only in tests). */
  private final boolean grouped;

  GroupedCheck(boolean grouped) {
    this.grouped = grouped;
  }

  @Override
  public final ImmutableList<Finding> run(Ledger ledger) {
    ImmutableList<Finding> findings = grouped ? runGrouped(ledger) : null;
    return findings != null ? findings : runGeneral(ledger);
  }

  /** The findings the grouped way; null when this ledger needs the general way throughout. */
  abstract ImmutableList<Finding> runGrouped(Ledger ledger);

  /** The findings the general way. */
  abstract ImmutableList<Finding> runGeneral(Ledger ledger);
}
