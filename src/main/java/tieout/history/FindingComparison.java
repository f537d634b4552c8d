package tieout.history;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Status;

/**
 * Compares tonight's findings with the previous run's: marks each failure NEW or STILL OPEN
 * (carrying its first-seen date), and each previous failure that no longer fails RESOLVED (it
 * passes now) or UNVERIFIED (it could not be evaluated, or is no longer checked).
 */
public final class FindingComparison {
  private FindingComparison() {}

  /** Tonight's findings as stored, first-seen dates filled in from the previous run. */
  static ImmutableList<StoredFinding> current(
      List<Finding> findings, Map<FindingKey, StoredFinding> previous, LocalDate today) {
    ImmutableList.Builder<StoredFinding> out = ImmutableList.builder();
    Map<FindingKey, Integer> seen = new HashMap<>();
    for (Finding f : findings) {
      FindingKey key = FindingKey.of(f);
      // Should two checks ever share an identity, number the later ones (engine order is stable).
      int n = seen.merge(key, 1, Integer::sum);
      if (n > 1) {
        key = new FindingKey(key.rule(), key.entity(), key.period(), key.dimensions(), key.concept() + " #" + n);
      }
      StoredFinding before = previous.get(key);
      Optional<LocalDate> firstSeen =
          before != null && before.isOpen() ? before.firstSeen() : Optional.of(today);
      out.add(StoredFinding.of(key, f, firstSeen));
    }
    return out.build();
  }

  /** The entries of the variance report, tonight's in engine order, then the ones that went away. */
  public static ImmutableList<VarianceEntry> entries(
      List<StoredFinding> current, Map<FindingKey, StoredFinding> previous) {
    ImmutableList.Builder<VarianceEntry> out = ImmutableList.builder();
    Map<FindingKey, StoredFinding> gone = new LinkedHashMap<>(previous);
    for (StoredFinding now : current) {
      StoredFinding before = gone.remove(now.key());
      boolean wasOpen = before != null && before.isOpen();
      Optional<StoredFinding> prior = Optional.ofNullable(before);
      if (now.isOpen()) {
        out.add(new VarianceEntry(wasOpen ? Change.STILL_OPEN : Change.NEW, now.key(), Optional.of(now),
            wasOpen ? prior : Optional.empty()));
      } else if (wasOpen) {
        Change change = now.status() == Status.PASS ? Change.RESOLVED : Change.UNVERIFIED;
        out.add(new VarianceEntry(change, now.key(), Optional.of(now), prior));
      }
    }
    for (StoredFinding before : gone.values()) {
      if (before.isOpen()) {
        out.add(new VarianceEntry(Change.UNVERIFIED, before.key(), Optional.empty(), Optional.of(before)));
      }
    }
    return out.build();
  }
}
