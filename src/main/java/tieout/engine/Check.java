package tieout.engine;

import com.google.common.collect.ImmutableList;
import tieout.ledger.Ledger;

/**
 * Evaluates one rule (or the built-in DUPLICATE rule) over a ledger. Implementations make one pass
 * over the facts of the concepts they name, grouping them (by number where the ledger numbers
 * them, {@link tieout.ledger.ContextIds}), then judge each group; the general evaluator looks
 * figures up in the ledger's index.
 */
interface Check {
  /** Findings in the order the checks were instantiated; the reconciler sorts them. */
  ImmutableList<Finding> run(Ledger ledger);
}
