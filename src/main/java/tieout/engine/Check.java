package tieout.engine;

import com.google.common.collect.ImmutableList;
import tieout.ledger.Ledger;

/**
 * Evaluates one rule (or the built-in DUPLICATE rule) over a ledger. Implementations find their
 * facts through the ledger's indexes: one pass over the facts of the concepts they name, then hash
 * lookups per check.
 */
interface Check {
  /** Findings in the order the checks were instantiated; the reconciler sorts them. */
  ImmutableList<Finding> run(Ledger ledger);
}
