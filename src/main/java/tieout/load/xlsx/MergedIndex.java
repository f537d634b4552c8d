package tieout.load.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tieout.load.table.CellSpan;

/**
 * Finds the merged range a cell belongs to without scanning every range for every cell: the ranges
 * crossing a row are gathered once per row asked about (the reader asks about a few header rows),
 * sorted by first column, and each cell of that row is a binary search. A sheet with 10,000 merged
 * ranges costs 10,000 steps per row asked about, not per cell.
 */
final class MergedIndex {
  private final ImmutableList<CellSpan> spans;
  private int cachedRow = -1;
  private List<CellSpan> cachedSpans = List.of();
  private int[] cachedFirstColumns = new int[0];

  MergedIndex(ImmutableList<CellSpan> spans) {
    this.spans = spans;
  }

  Optional<CellSpan> spanAt(int row, int column) {
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    if (row != cachedRow) {
      List<CellSpan> crossing = new ArrayList<>();
      for (CellSpan s : spans) {
        if (s.firstRow() <= row && row <= s.lastRow()) {
          crossing.add(s);
        }
      }
      crossing.sort(Comparator.comparingInt(CellSpan::firstColumn));
      cachedSpans = crossing;
      cachedFirstColumns = crossing.stream().mapToInt(CellSpan::firstColumn).toArray();
      cachedRow = row;
    }
    // The last range starting at or left of the column; ranges of a sound sheet do not overlap, and
    // where a damaged one's do, the ranges before it are looked at too.
    int at = upperBound(cachedFirstColumns, column) - 1;
    for (int i = at; i >= 0 && i > at - 8; i--) {
      if (cachedSpans.get(i).contains(row, column)) {
        return Optional.of(cachedSpans.get(i));
      }
    }
    return Optional.empty();
  }

  /** The index of the first element greater than {@code key}. */
  private static int upperBound(int[] sorted, int key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
