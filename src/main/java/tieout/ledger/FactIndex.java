package tieout.ledger;

import com.google.common.collect.ImmutableList;
import java.util.List;
import tieout.taxonomy.Concept;

/**
 * The ledger's context index in compact form: an open-addressing hash table of fact positions,
 * with the facts of one context chained through an array. It stores no key objects; a lookup
 * compares the probe key with the facts' own fields. About 20 bytes per fact, where a map of
 * {@link ContextKey} to lists costs some 90.
 */
final class FactIndex {
  private final List<Fact> facts;
  /** Slot to the position of the first fact of a context, plus one; 0 is an empty slot. */
  private final int[] table;
  /** The full hash of each slot's context, compared before touching a fact (a cache miss). */
  private final int[] hashes;
  /** Position of a fact to the position of the next fact of its context, plus one; 0 ends it. */
  private final int[] next;
  /** Position of a context's last fact, so that chains keep load order. */
  private final int[] last;
  private final int mask;
  private int contexts;
  private int repeated;

  FactIndex(List<Fact> facts) {
    this.facts = facts;
    int capacity = Integer.highestOneBit(Math.max(4, facts.size() * 2 - 1)) << 1;
    this.table = new int[capacity];
    this.hashes = new int[capacity];
    this.mask = capacity - 1;
    this.next = new int[facts.size()];
    this.last = new int[facts.size()];
    for (int i = 0; i < facts.size(); i++) {
      add(i);
    }
  }

  private void add(int position) {
    Fact fact = facts.get(position);
    int h = hash(fact.concept(), fact.entity(), fact.period(), fact.dimensions());
    int slot = h & mask;
    while (true) {
      int head = table[slot] - 1;
      if (head < 0) {
        table[slot] = position + 1;
        hashes[slot] = h;
        last[position] = position;
        contexts++;
        return;
      }
      if (hashes[slot] == h && sameContext(facts.get(head), fact.concept(), fact.entity(), fact.period(), fact.dimensions())) {
        next[last[head]] = position + 1;
        last[head] = position;
        repeated++;
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
      int head = table[slot] - 1;
      if (head < 0) {
        return ImmutableList.of();
      }
      if (hashes[slot] == h && sameContext(facts.get(head), concept, entity, period, dimensions)) {
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

  /** Whether a context has two or more facts. */
  boolean hasRepeats() {
    return repeated > 0;
  }

  /** Whether fact {@code position} is the first of its context. */
  boolean isFirst(int position) {
    Fact fact = facts.get(position);
    return find(fact.concept(), fact.entity(), fact.period(), fact.dimensions()).get(0) == fact;
  }

  private static int hash(Concept concept, String entity, Period period, Dimensions dimensions) {
    return Hashes.of(concept, entity, period, dimensions);
  }

  private static boolean sameContext(Fact f, Concept concept, String entity, Period period, Dimensions dimensions) {
    return f.concept().equals(concept)
        && f.period().equals(period)
        && f.entity().equals(entity)
        && f.dimensions().equals(dimensions);
  }
}
