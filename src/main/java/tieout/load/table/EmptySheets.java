package tieout.load.table;

import java.util.List;
import java.util.Optional;
import tieout.ledger.Fact;
import tieout.load.Notice;
import tieout.load.Problems;

/**
 * A sheet that yields nothing says why: a notice for each sheet of a workbook from which no amount
 * was read and about which no problem was reported (a cover page, a text note, a table whose
 * headings tieout did not recognise), so that a reader never wonders where a sheet went.
 */
public final class EmptySheets {
  private EmptySheets() {}

  /**
   * The notice for {@code sheet} when it yielded no facts and neither a problem nor the table
   * reader's own notice ({@code explained}: an EDGAR page of text only, amounts without a heading)
   * says why.
   */
  public static Optional<Notice> notice(Grid sheet, List<Fact> read, Problems problems, boolean explained) {
    String where = sheet.fileName() + "!" + sheet.sheetName();
    if (!read.isEmpty() || explained || problems.anyAt(where + "!")) {
      return Optional.empty();
    }
    return Optional.of(new Notice(where, "no amounts read: no line caption with figures under a period heading"
        + " (such as \"Year Ended December 31, 2013\" or \"Dec. 31, 2013\") was found on this sheet"));
  }
}
