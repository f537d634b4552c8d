package tieout.explain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The usable candidates of a pool sorted by scaled value, so that "which facts are worth {@code
 * x}, give or take {@code t}" is a binary search instead of a scan.
 */
final class ValueIndex {
  private final int[] order;
  private final long[] sorted;
  private final long widestHalf;

  /** Indexes the candidates {@code 0 .. size-1} of {@code scaled} that are usable. */
  ValueIndex(ScaledValues scaled, int size) {
    order = IntStream.range(0, size)
        .filter(i -> scaled.usable[i])
        .boxed()
        .sorted(Comparator.<Integer>comparingLong(i -> scaled.values[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
    sorted = Arrays.stream(order).mapToLong(i -> scaled.values[i]).toArray();
    widestHalf = Arrays.stream(order).mapToLong(i -> scaled.halves[i]).max().orElse(0);
  }

  /** The largest half-width in the index: how far a lookup must look beyond its tolerance. */
  long widestHalf() {
    return widestHalf;
  }

  /** The position of the first value at least {@code lo}; iterate with {@link #at} while {@code <= hi}. */
  int firstAtLeast(long lo) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < lo) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  int size() {
    return sorted.length;
  }

  long valueAt(int position) {
    return sorted[position];
  }

  /** The candidate index at a sorted position. */
  int at(int position) {
    return order[position];
  }
}
