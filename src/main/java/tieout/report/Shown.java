package tieout.report;

import tieout.engine.Finding;
import tieout.engine.Status;

/**
 * Which findings a report lists ({@code check --only}). The summaries always count every check;
 * what is left out is only not listed. Unreadable inputs are always listed: an amount that could
 * not be read is a problem whichever checks failed.
 */
public enum Shown {
  /** Every check, passed and not evaluated ones included. */
  ALL,
  /**
   * Failed checks only, warnings included (a warning is a check that failed, at a lower severity),
   * each with its facts and explanations, and flagged flux changes; not the passed or
   * not-evaluated checks, nor the HTML report's list of untested facts.
   */
  FAILED;

  /** Whether {@code finding} (a check or a flux comparison) is listed. */
  public boolean lists(Finding finding) {
    return this == ALL || finding.status() == Status.FAIL;
  }

  /** Whether the passed and not-evaluated checks are listed. */
  public boolean listsAll() {
    return this == ALL;
  }
}
