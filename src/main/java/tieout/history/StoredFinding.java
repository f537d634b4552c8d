package tieout.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Status;

/**
 * One finding as the history keeps it: its identity, outcome and amounts (exact decimals), and for
 * an open (failed) finding the date it was first seen failing.
 */
public record StoredFinding(
    FindingKey key,
    String severity,
    Status status,
    String message,
    Optional<BigDecimal> reported,
    Optional<BigDecimal> computed,
    Optional<BigDecimal> variance,
    Optional<BigDecimal> tolerance,
    Optional<String> reason,
    Optional<LocalDate> firstSeen) {

  public StoredFinding {
    checkNotNull(key);
    checkNotNull(severity);
    checkNotNull(status);
    checkNotNull(message);
    checkNotNull(reported);
    checkNotNull(computed);
    checkNotNull(variance);
    checkNotNull(tolerance);
    checkNotNull(reason);
    checkNotNull(firstSeen);
  }

  /** Only failed checks are open; passed and not-evaluated ones are not. */
  public boolean isOpen() {
    return status == Status.FAIL;
  }

  static StoredFinding of(FindingKey key, Finding f, Optional<LocalDate> firstSeen) {
    return new StoredFinding(
        key,
        f.severity().keyword(),
        f.status(),
        f.message(),
        f.reported(),
        f.computed(),
        f.variance(),
        f.tolerance(),
        f.reason(),
        f.status() == Status.FAIL ? firstSeen : Optional.empty());
  }
}
