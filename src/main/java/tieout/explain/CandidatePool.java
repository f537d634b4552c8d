package tieout.explain;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.Unit;

/**
 * The facts that may explain one finding's variance: non-nil, non-zero facts of the finding's
 * entity and unit whose period is the finding's or overlaps it, one per context, excluding the
 * check's own operands and their duplicates. Facts of the finding's own period come first, then
 * the others, each group in load order; the pool is capped so the search stays bounded.
 */
final class CandidatePool {
  private CandidatePool() {}

  static ImmutableList<Candidate> of(Finding finding, Ledger ledger, int cap) {
    Set<ContextKey> excluded = new HashSet<>();
    Unit unit = null;
    for (Operand o : finding.operands()) {
      excluded.add(o.fact().key());
      unit = unit == null ? o.fact().unit() : unit;
    }
    List<Fact> same = new ArrayList<>();
    List<Fact> overlapping = new ArrayList<>();
    Set<ContextKey> seen = new HashSet<>(excluded);
    for (Fact fact : ledger.facts()) {
      if (fact.isNil()
          || fact.amount().signum() == 0
          || !fact.entity().equals(finding.entity())
          || (unit != null && !fact.unit().equals(unit))) {
        continue;
      }
      boolean samePeriod = fact.period().equals(finding.period());
      if (!samePeriod && !overlaps(fact.period(), finding.period())) {
        continue;
      }
      // One candidate per context: a figure printed twice is one explanation, not two.
      if (!seen.add(fact.key())) {
        continue;
      }
      (samePeriod ? same : overlapping).add(fact);
    }
    ImmutableList.Builder<Candidate> pool = ImmutableList.builder();
    int index = 0;
    for (List<Fact> group : List.of(same, overlapping)) {
      for (Fact fact : group) {
        if (index == cap) {
          return pool.build();
        }
        pool.add(
            new Candidate(
                index++, fact, fact.amount(), fact.decimals().halfWidth(), group == same));
      }
    }
    return pool.build();
  }

  /**
   * Two durations overlap when they share a day; an instant overlaps only itself (a balance does
   * not explain a flow, nor a flow a balance).
   */
  static boolean overlaps(Period a, Period b) {
    if (a instanceof Period.Duration x && b instanceof Period.Duration y) {
      return !x.start().isAfter(y.end()) && !y.start().isAfter(x.end());
    }
    return a.equals(b);
  }
}
