package tieout.explain;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.taxonomy.Unit;

/**
 * The facts that may explain one finding's variance: non-nil, non-zero facts of the finding's
 * entity and unit whose period is the finding's or overlaps it, one per context, excluding the
 * check's own operands and their duplicates. Facts of the finding's own period come first, then
 * the others, each group in load order; the pool is capped so the search stays bounded.
 *
 * <p>The ledger is indexed once by entity and period, so building a pool touches only the facts
 * of the periods that can take part, not the whole ledger.
 */
final class CandidatePool {
  /** A fact and its place in the ledger's load order. */
  private record Entry(int position, Fact fact) {}

  private final Map<String, Map<Period, List<Entry>>> byEntity = new HashMap<>();

  /**
   * Indexes the facts of {@code entities} only: failures are few, and indexing every entity of a
   * million-fact ledger would cost more than explaining them.
   */
  CandidatePool(Ledger ledger, Set<String> entities) {
    List<Fact> facts = ledger.facts();
    // Filtered before the fact is made: a ledger of columns makes a fact on each get.
    for (int position = 0; position < facts.size(); position++) {
      if (entities.contains(ledger.entityAt(position)) && ledger.hasNonZeroAmountAt(position)) {
        Fact fact = facts.get(position);
        byEntity
            .computeIfAbsent(fact.entity(), e -> new LinkedHashMap<>())
            .computeIfAbsent(fact.period(), p -> new ArrayList<>())
            .add(new Entry(position, fact));
      }
    }
  }

  /** The candidates for {@code finding}, at most {@code cap}. */
  ImmutableList<Candidate> candidates(Finding finding, int cap) {
    Map<Period, List<Entry>> periods = byEntity.getOrDefault(finding.entity(), Map.of());
    Set<ContextKey> seen = new HashSet<>();
    Unit unit = null;
    for (Operand o : finding.operands()) {
      seen.add(o.fact().key());
      unit = unit == null ? o.fact().unit() : unit;
    }
    List<Entry> overlapping = new ArrayList<>();
    periods.forEach(
        (period, entries) -> {
          if (!period.equals(finding.period()) && overlaps(period, finding.period())) {
            overlapping.addAll(entries);
          }
        });
    overlapping.sort(Comparator.comparingInt(Entry::position));
    ImmutableList.Builder<Candidate> pool = ImmutableList.builder();
    int index = 0;
    for (List<Entry> group : List.of(periods.getOrDefault(finding.period(), List.of()), overlapping)) {
      boolean samePeriod = group != overlapping;
      for (Entry entry : group) {
        Fact fact = entry.fact();
        // One candidate per context: a figure printed twice is one explanation, not two.
        if ((unit != null && !fact.unit().equals(unit)) || !seen.add(fact.key())) {
          continue;
        }
        if (index == cap) {
          return pool.build();
        }
        pool.add(new Candidate(index++, fact, fact.amount(), fact.decimals().halfWidth(), samePeriod));
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
