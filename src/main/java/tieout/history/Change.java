package tieout.history;

/** What became of a finding since the previous run of the same job. */
public enum Change {
  /** Fails now, was not failing in the previous run (or there was no previous run). */
  NEW,
  /** Failed in the previous run and fails again; the first-seen date is carried over. */
  STILL_OPEN,
  /** Failed in the previous run and passes now. */
  RESOLVED,
  /**
   * Failed in the previous run and now could not be evaluated (a figure went missing) or is no
   * longer checked at all: not open, but not shown to tie either, so not counted as resolved.
   */
  UNVERIFIED
}
