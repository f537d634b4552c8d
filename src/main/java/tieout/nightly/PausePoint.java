package tieout.nightly;

import tieout.history.RecordListener;

/**
 * Test scaffolding for the kill test (KilledNightlyIT): with the system property
 * {@code tieout.test.pause-at} set to {@code history} (halfway through writing the run's findings,
 * inside the history transaction) or {@code outputs} (findings.csv written to its temporary file,
 * not yet moved to its name), the job prints {@code tieout: test pause at POINT} to standard error
 * and sleeps, so that a test can kill the process at that point. Never set in production: unset,
 * each point costs one property lookup. The sleep is bounded; the job then goes on as usual.
 */
final class PausePoint {
  static final String PROPERTY = "tieout.test.pause-at";
  private static final long PAUSE_MS = 120_000;

  private PausePoint() {}

  static void at(String point) {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    System.err.println("tieout: test pause at " + point);
    System.err.flush();
    try {
      Thread.sleep(PAUSE_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code next}, then the {@code history} pause after half of the findings are written. */
  static RecordListener history(RecordListener next) {
    return (written, total) -> {
      next.written(written, total);
      if (written == total / 2) {
        at("history");
      }
    };
  }
}
