package tieout.ledger;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One concept's facts by context number ({@link ContextIds}): what {@link Ledger#find} needs,
 * built the first time a concept is looked up. Checks look up the few hundred concepts the rules
 * name, so the millions of facts of the others are never indexed (the index of every fact it
 * replaces took some 27 bytes a fact and a hash of four objects each).
 */
final class ConceptContexts {
  static final ConceptContexts NONE = new ConceptContexts(new int[0], null);

  /** The concept's facts' positions in the ledger, in load order. */
  private final int[] positions;
  /**
   * Per slot, a context number in the high half and the index in {@link #positions} of its first
   * fact plus one in the low half (0: an empty slot): key and value side by side, one cache miss a probe.
   */
  private final long[] table;
  /** Index in {@link #positions} to the index of the next fact of its context, plus one; 0 ends it. */
  private final int[] next;
  private final int mask;

  ConceptContexts(int[] positions, ContextIds ids) {
    this.positions = positions;
    int capacity = Integer.highestOneBit(Math.max(4, positions.length * 2 - 1)) << 1;
    this.table = new long[capacity];
    this.mask = capacity - 1;
    this.next = new int[positions.length];
    // Each slot's last fact, so that chains keep load order; needed only while building.
    int[] last = new int[capacity];
    for (int i = 0; i < positions.length; i++) {
      int context = ids.contextAt(positions[i]);
      int slot = slotOf(context);
      while (true) {
        long e = table[slot];
        if (e == 0) {
          table[slot] = ((long) context << 32) | (i + 1L);
          last[slot] = i;
          break;
        }
        if ((int) (e >>> 32) == context) {
          next[last[slot]] = i + 1;
          last[slot] = i;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private int slotOf(int context) {
    int h = context * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The facts (of {@code facts}, the ledger's) of context number {@code context}, in load order. */
  ImmutableList<Fact> find(int context, List<Fact> facts) {
    for (int slot = slotOf(context); ; slot = (slot + 1) & mask) {
      long e = table[slot];
      if (e == 0) {
        return ImmutableList.of();
      }
      if ((int) (e >>> 32) == context) {
        int first = (int) e - 1;
        if (next[first] == 0) {
          return ImmutableList.of(facts.get(positions[first]));
        }
        ImmutableList.Builder<Fact> all = ImmutableList.builder();
        for (int i = first; i >= 0; i = next[i] - 1) {
          all.add(facts.get(positions[i]));
        }
        return all.build();
      }
    }
  }
}
