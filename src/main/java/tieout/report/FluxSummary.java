package tieout.report;

import java.util.List;
import tieout.engine.Finding;

/**
 * The counts of the flux review: comparisons made, flagged (change beyond both thresholds),
 * within thresholds, and not evaluated (no comparative figure).
 */
public record FluxSummary(int comparisons, int flagged, int withinThresholds, int notEvaluated) {

  public static FluxSummary of(List<Finding> flux) {
    int flagged = 0;
    int within = 0;
    int notEvaluated = 0;
    for (Finding f : flux) {
      switch (f.status()) {
        case FAIL -> flagged++;
        case PASS -> within++;
        case NOT_EVALUATED -> notEvaluated++;
      }
    }
    return new FluxSummary(flux.size(), flagged, within, notEvaluated);
  }

  /** {@code 4 comparisons: 1 flagged, 1 within thresholds, 2 not evaluated}. */
  public String line() {
    return comparisons + (comparisons == 1 ? " comparison: " : " comparisons: ") + flagged
        + " flagged, " + withinThresholds + " within thresholds, " + notEvaluated + " not evaluated";
  }
}
