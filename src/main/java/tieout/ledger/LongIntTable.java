package tieout.ledger;

import java.util.Arrays;

/**
 * Open addressing from long keys to non-negative ints (-1: absent), with linear probing: no boxing,
 * no entry objects, for tables of hundreds of thousands of keys built per run.
 */
public final class LongIntTable {
  private long[] keys;
  private int[] values;
  private int mask;
  private int size;

  public LongIntTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, -1);
    mask = capacity - 1;
  }

  public int size() {
    return size;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  public int get(long key) {
    return values[slotFor(key)];
  }

  /** Stores {@code value} for {@code key}, replacing any. */
  public void put(long key, int value) {
    int s = slotFor(key);
    if (values[s] >= 0) {
      values[s] = value;
    } else {
      add(s, key, value);
    }
  }

  /** The value of {@code key}, after storing {@code value} for it when it had none. */
  public int putIfAbsent(long key, int value) {
    int s = slotFor(key);
    if (values[s] >= 0) {
      return values[s];
    }
    add(s, key, value);
    return value;
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int slotFor(long key) {
    for (int s = slot(key, mask); ; s = (s + 1) & mask) {
      if (values[s] < 0 || keys[s] == key) {
        return s;
      }
    }
  }

  private void add(int s, long key, int value) {
    keys[s] = key;
    values[s] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, -1);
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        for (int s = slot(oldKeys[i], mask); ; s = (s + 1) & mask) {
          if (values[s] < 0) {
            keys[s] = oldKeys[i];
            values[s] = oldValues[i];
            break;
          }
        }
      }
    }
  }
}
