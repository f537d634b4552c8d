package tieout.load.sec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Values found by a run of bytes (a field of a {@link LineFields} line), so that a field met a
 * million times is decoded and resolved once: open addressing, linear probing, the keys copied in
 * once each. Keys are the field's raw bytes, so the value must be what the field's text would give.
 */
final class BytesTable<V> {
  /** A key's bytes read eight at a time, the same on any machine (the order is fixed). */
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[][] keys = new byte[64][];
  private int[] hashes = new int[64];
  private Object[] values = new Object[64];
  private int size;

  /** The value of the bytes {@code from} to {@code to} of {@code b}, or null. */
  @SuppressWarnings("unchecked")
  V get(byte[] b, int from, int to) {
    int h = hash(b, from, to);
    int mask = keys.length - 1;
    for (int s = h & mask; keys[s] != null; s = (s + 1) & mask) {
      if (hashes[s] == h && Arrays.equals(keys[s], 0, keys[s].length, b, from, to)) {
        return (V) values[s];
      }
    }
    return null;
  }

  /** Stores {@code value} for bytes not yet in the table. */
  void put(byte[] b, int from, int to, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int h = hash(b, from, to);
    place(Arrays.copyOfRange(b, from, to), h, value);
    size++;
  }

  private void place(byte[] key, int h, Object value) {
    int mask = keys.length - 1;
    int s = h & mask;
    while (keys[s] != null) {
      s = (s + 1) & mask;
    }
    keys[s] = key;
    hashes[s] = h;
    values[s] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        place(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }

  /**
   * Eight bytes at a time where a byte at a time was (num.txt's tags run to 30-60 bytes, and each
   * line looks up five fields): each word multiplied into the hash, the last few bytes one by one.
   */
  private static int hash(byte[] b, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = (h ^ (long) WORDS.get(b, i)) * 0x9E3779B97F4A7C15L;
    }
    for (; i < to; i++) {
      h = (h ^ b[i]) * 0x9E3779B97F4A7C15L;
    }
    // Spread: adsh values differ in their last digits only.
    return (int) (h ^ (h >>> 32));
  }
}
