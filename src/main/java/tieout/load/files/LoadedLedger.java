package tieout.load.files;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import tieout.ledger.Ledger;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
import tieout.load.UnreadableAmount;
import tieout.load.table.FootingTable;
import tieout.load.xbrl.XbrlFiling;

/**
 * A loaded ledger together with what its loading wants known: notices (hidden sheets, rows and
 * columns, files a folder holds but tieout does not read), the problems in the data that were not
 * loaded (each an {@code UNREADABLE} finding), the amount cells among them with the facts they
 * would have been, how much of each sheet was read, the presentation tables as printed (for
 * footing), and the XBRL filings read (their calculation linkbases and labels, for the checks the
 * filings carry).
 */
public record LoadedLedger(
    Ledger ledger,
    ImmutableList<Notice> notices,
    ImmutableList<InputProblem> unreadable,
    ImmutableList<UnreadableAmount> unreadableAmounts,
    ImmutableList<SheetCoverage> coverage,
    ImmutableList<FootingTable> footings,
    ImmutableList<XbrlFiling> filings) {
  public LoadedLedger {
    checkNotNull(footings);
    checkNotNull(filings);
    checkNotNull(ledger);
    checkNotNull(notices);
    checkNotNull(unreadable);
    checkNotNull(unreadableAmounts);
    checkNotNull(coverage);
  }

  /** A ledger that loaded whole. */
  public LoadedLedger(Ledger ledger, ImmutableList<Notice> notices) {
    this(ledger, notices, ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /** A load without presentation tables to foot and without XBRL filings. */
  public LoadedLedger(Ledger ledger, ImmutableList<Notice> notices, ImmutableList<InputProblem> unreadable,
      ImmutableList<UnreadableAmount> unreadableAmounts, ImmutableList<SheetCoverage> coverage) {
    this(ledger, notices, unreadable, unreadableAmounts, coverage, ImmutableList.of(), ImmutableList.of());
  }
}
