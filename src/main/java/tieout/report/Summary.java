package tieout.report;

import java.util.List;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.rules.Severity;

/**
 * The counts of a run. {@code failed} counts failed checks of severity error, {@code warnings}
 * failed checks of severity warning; every check is in exactly one of passed, failed, warnings and
 * notEvaluated.
 */
public record Summary(int checks, int passed, int failed, int warnings, int notEvaluated) {

  public static Summary of(List<Finding> findings) {
    return of(findings, null);
  }

  /**
   * The counts of {@code findings}, adding each one that did not pass to {@code unpassed} (when not
   * null) in order: one pass over what can be 800,000 findings, where a pass each costs a
   * noticeable part of a second.
   */
  public static Summary of(List<Finding> findings, List<Finding> unpassed) {
    int passed = 0;
    int failed = 0;
    int warnings = 0;
    int notEvaluated = 0;
    for (Finding f : findings) {
      if (unpassed != null && f.status() != Status.PASS) {
        unpassed.add(f);
      }
      switch (f.status()) {
        case PASS -> passed++;
        case NOT_EVALUATED -> notEvaluated++;
        case FAIL -> {
          if (f.severity() == Severity.ERROR) {
            failed++;
          } else {
            warnings++;
          }
        }
      }
    }
    return new Summary(findings.size(), passed, failed, warnings, notEvaluated);
  }

  /** Whether any check failed at or above {@code threshold}. */
  public static boolean failsAt(List<Finding> findings, Severity threshold) {
    return findings.stream()
        .anyMatch(f -> f.status() == Status.FAIL && f.severity().compareTo(threshold) >= 0);
  }

  /** {@code 64 checks: 50 passed, 4 failed, 0 warnings, 10 not evaluated}. */
  public String line() {
    return checks
        + (checks == 1 ? " check: " : " checks: ")
        + passed
        + " passed, "
        + failed
        + " failed, "
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + notEvaluated
        + " not evaluated";
  }

  /**
   * {@code ; 3 unreadable inputs} after the summary line, or nothing when every input was read: the
   * cells, lines, sheets and files that could not be loaded, each an error finding.
   */
  public static String unreadable(int count) {
    return count == 0 ? "" : String.format(java.util.Locale.ROOT, "; %,d unreadable input%s", count, count == 1 ? "" : "s");
  }

  /** Whether a run with these counts must exit 1 at {@code threshold}: unreadable inputs are errors. */
  public static boolean unreadableFailsAt(int count, Severity threshold) {
    return count > 0 && Severity.ERROR.compareTo(threshold) >= 0;
  }
}
