package tieout.ledger;

import com.google.common.collect.ImmutableList;
import java.util.List;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/**
 * The ledger's context index in compact form: an open-addressing hash table of fact positions,
 * with the facts of one context chained through an array. It stores no key objects; a lookup
 * compares the probe key with the facts' own fields. About 20 bytes per fact, where a map of
 * {@link ContextKey} to lists costs some 90.
 */
final class FactIndex {
  private final List<Fact> facts;
  /**
   * Per slot, the full hash of its context in the high half and the position of its first fact
   * plus one in the low half (0: an empty slot). One array, so a probe misses the cache once where
   * two arrays missed it twice: with a million facts every lookup is a cache miss.
   */
  private final long[] table;
  /** Position of a fact to the position of the next fact of its context, plus one; 0 ends it. */
  private final int[] next;
  /** Position of a context's last fact, so that chains keep load order. */
  private final int[] last;
  private final int mask;
  private int contexts;

  FactIndex(List<Fact> facts) {
    this.facts = facts;
    int capacity = Integer.highestOneBit(Math.max(4, facts.size() * 2 - 1)) << 1;
    this.table = new long[capacity];
    this.mask = capacity - 1;
    this.next = new int[facts.size()];
    this.last = new int[facts.size()];
    for (int i = 0; i < facts.size(); i++) {
      add(i);
    }
  }

  private static long entry(int hash, int position) {
    return ((long) hash << 32) | (position + 1L);
  }

  private static int headOf(long entry) {
    return (int) entry - 1;
  }

  private static int hashOf(long entry) {
    return (int) (entry >>> 32);
  }

  private void add(int position) {
    Fact fact = facts.get(position);
    int h = hash(fact.concept(), fact.entity(), fact.period(), fact.dimensions());
    int slot = h & mask;
    while (true) {
      long e = table[slot];
      if (e == 0) {
        table[slot] = entry(h, position);
        last[position] = position;
        contexts++;
        return;
      }
      int head = headOf(e);
      if (hashOf(e) == h && sameContext(facts.get(head), fact.concept(), fact.entity(), fact.period(), fact.dimensions())) {
        next[last[head]] = position + 1;
        last[head] = position;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The facts of one context in load order; empty when none. */
  ImmutableList<Fact> find(Concept concept, String entity, Period period, Dimensions dimensions) {
    int h = hash(concept, entity, period, dimensions);
    int slot = h & mask;
    while (true) {
      long e = table[slot];
      if (e == 0) {
        return ImmutableList.of();
      }
      int head = headOf(e);
      if (hashOf(e) == h && sameContext(facts.get(head), concept, entity, period, dimensions)) {
        if (next[head] == 0) {
          return ImmutableList.of(facts.get(head));
        }
        ImmutableList.Builder<Fact> all = ImmutableList.builder();
        for (int i = head; i >= 0; i = next[i] - 1) {
          all.add(facts.get(i));
        }
        return all.build();
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Number of distinct contexts. */
  int contexts() {
    return contexts;
  }

  private static int hash(Concept concept, String entity, Period period, Dimensions dimensions) {
    return Hashes.of(concept, entity, period, dimensions);
  }

  // The ledger interns entities, periods and dimension sets, and checks probe with the ledger's own
  // objects more often than not: compare references before values.
  private static boolean sameContext(Fact f, Concept concept, String entity, Period period, Dimensions dimensions) {
    return (f.concept() == concept || f.concept().equals(concept))
        && (f.period() == period || f.period().equals(period))
        && (f.entity() == entity || f.entity().equals(entity))
        && (f.dimensions() == dimensions || f.dimensions().equals(dimensions));
  }
}
