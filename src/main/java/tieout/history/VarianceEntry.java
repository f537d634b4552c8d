package tieout.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One line of the variance report: a finding, what became of it, and its state in the previous
 * run when it was open then.
 *
 * @param current the finding tonight; empty when the check no longer exists
 * @param previous the finding in the previous run; empty for NEW
 */
public record VarianceEntry(
    Change change, FindingKey key, Optional<StoredFinding> current, Optional<StoredFinding> previous) {

  public VarianceEntry {
    checkNotNull(change);
    checkNotNull(key);
    checkNotNull(current);
    checkNotNull(previous);
  }

  /** Tonight's state when there is one, else the previous run's. */
  public StoredFinding latest() {
    return current.or(() -> previous).orElseThrow();
  }

  /** Whether a still-open finding's variance differs from the previous run's. */
  public boolean varianceChanged() {
    if (change != Change.STILL_OPEN) {
      return false;
    }
    var now = current.orElseThrow().variance();
    var before = previous.orElseThrow().variance();
    if (now.isEmpty() || before.isEmpty()) {
      return now.isPresent() != before.isPresent();
    }
    return now.get().compareTo(before.get()) != 0;
  }
}
