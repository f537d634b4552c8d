package tieout.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;

/**
 * What changed since the previous run of a job: the findings that are new, still open, resolved,
 * or no longer verified. Open counts every finding failing tonight, the new ones included.
 *
 * @param previousRun the run compared against; empty for a job's first run
 */
public record VarianceReport(
    String job,
    long runId,
    Instant startedAt,
    Optional<RunSummary> previousRun,
    ImmutableList<VarianceEntry> entries) {

  public VarianceReport {
    checkNotNull(job);
    checkNotNull(startedAt);
    checkNotNull(previousRun);
    checkNotNull(entries);
  }

  public ImmutableList<VarianceEntry> of(Change change) {
    return entries.stream().filter(e -> e.change() == change).collect(ImmutableList.toImmutableList());
  }

  public int newCount() {
    return of(Change.NEW).size();
  }

  /** Every finding failing tonight: NEW plus STILL OPEN. */
  public int openCount() {
    return newCount() + of(Change.STILL_OPEN).size();
  }

  public int resolvedCount() {
    return of(Change.RESOLVED).size();
  }
}
