package tieout.load.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * What a reader has worked out for a text it meets again and again (a concept name, a period, a
 * unit): a million-line file holds few distinct ones. It remembers at most {@code capacity} entries,
 * so that a file of ever new texts costs no more memory than that; past it they are worked out each
 * time.
 */
final class BoundedMemo<K, V> {
  private final Map<K, V> known = new HashMap<>();
  private final int capacity;

  BoundedMemo(int capacity) {
    this.capacity = capacity;
  }

  /** What was remembered for {@code key}, or null. */
  V get(K key) {
    return known.get(key);
  }

  /** Remembers {@code value} for {@code key} while there is room. */
  void remember(K key, V value) {
    if (known.size() < capacity) {
      known.put(key, value);
    }
  }
}
