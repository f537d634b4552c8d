package tieout.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Candidates sorted by value, so that "which facts are worth {@code x}, give or take {@code t}"
 * is a binary search instead of a scan.
 */
final class ValueIndex {
  private final List<Candidate> sorted;
  private final BigDecimal widestHalf;

  ValueIndex(List<Candidate> candidates) {
    sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(Candidate::value).thenComparingInt(Candidate::index));
    widestHalf =
        candidates.stream().map(Candidate::halfWidth).reduce(BigDecimal.ZERO, BigDecimal::max);
  }

  /** The largest rounding half-width in the index: how far a lookup must look beyond its tolerance. */
  BigDecimal widestHalf() {
    return widestHalf;
  }

  /** Every candidate whose value lies in [lo, hi], in value order. */
  List<Candidate> between(BigDecimal lo, BigDecimal hi) {
    List<Candidate> found = new ArrayList<>();
    for (int i = firstAtLeast(lo); i < sorted.size(); i++) {
      Candidate c = sorted.get(i);
      if (c.value().compareTo(hi) > 0) {
        break;
      }
      found.add(c);
    }
    return found;
  }

  private int firstAtLeast(BigDecimal lo) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).value().compareTo(lo) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
