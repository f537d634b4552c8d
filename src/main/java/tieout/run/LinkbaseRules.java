package tieout.run;

import static com.google.common.base.Preconditions.checkNotNull;

import tieout.calc.CalcMode;

/**
 * Whether the calculation linkbases of the XBRL filings read are checked beside the user's rules,
 * and how decimals bound a value when they are ({@code --no-linkbase-rules}, {@code --calc}).
 */
public record LinkbaseRules(boolean on, CalcMode mode) {
  /** Checked, rounding to nearest as Calculations 1.1 prescribes. */
  public static final LinkbaseRules DEFAULT = new LinkbaseRules(true, CalcMode.ROUND_TO_NEAREST);

  public LinkbaseRules {
    checkNotNull(mode);
  }
}
