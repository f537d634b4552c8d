package tieout.report.html;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Fact;
import tieout.run.RunResult;

/**
 * How much of the ledger the checks tested: facts that took part in a passed or failed check, out of
 * all facts loaded. A fact whose only check was not evaluated counts as untested.
 */
record Coverage(int used, int loaded, ImmutableList<Fact> untested) {

  static Coverage of(RunResult result) {
    // The findings hold the ledger's own Fact objects, so a look-up by identity settles nearly
    // every fact; only the others are compared by value (Fact.hashCode hashes every field, and
    // a million facts made that a tenth of a full HTML report's time).
    // Sized for every fact of the ledger at once: growing it step by step rehashed it a dozen times.
    Set<Fact> usedObjects = Collections.newSetFromMap(new IdentityHashMap<>(result.ledger().size()));
    for (Finding f : result.findings()) {
      if (f.status() != Status.NOT_EVALUATED) {
        for (Operand o : f.operands()) {
          usedObjects.add(o.fact());
        }
      }
    }
    Set<Fact> usedValues = null;
    ImmutableList.Builder<Fact> untested = ImmutableList.builder();
    int untestedCount = 0;
    for (Fact fact : result.ledger().facts()) {
      if (usedObjects.contains(fact)) {
        continue;
      }
      if (usedValues == null) {
        usedValues = new HashSet<>(usedObjects);
      }
      if (!usedValues.contains(fact)) {
        untested.add(fact);
        untestedCount++;
      }
    }
    int loaded = result.ledger().size();
    return new Coverage(loaded - untestedCount, loaded, untested.build());
  }

  /** Whole percent, rounded down so that 99.6% never reads as complete. */
  int percent() {
    return loaded == 0 ? 0 : (int) (100L * used / loaded);
  }
}
