package tieout.report.html;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
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
    Set<Fact> used = new HashSet<>();
    for (Finding f : result.findings()) {
      if (f.status() != Status.NOT_EVALUATED) {
        for (Operand o : f.operands()) {
          used.add(o.fact());
        }
      }
    }
    ImmutableList<Fact> untested = result.ledger().facts().stream()
        .filter(fact -> !used.contains(fact))
        .collect(ImmutableList.toImmutableList());
    int loaded = result.ledger().size();
    return new Coverage(loaded - untested.size(), loaded, untested);
  }

  /** Whole percent, rounded down so that 99.6% never reads as complete. */
  int percent() {
    return loaded == 0 ? 0 : (int) (100L * used / loaded);
  }
}
