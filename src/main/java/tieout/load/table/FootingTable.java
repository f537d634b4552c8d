package tieout.load.table;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import tieout.ledger.Fact;

/**
 * One presentation table as printed, for footing: its rows in order, each with its caption and the
 * fact read from each amount column. Only what footing needs; the facts themselves are in the ledger.
 *
 * @param sheet the sheet (or CSV file) the table is on, as reports name it
 * @param columns the table's amount columns by index, left to right
 * @param rows the body rows in order
 * @param partial whether the table may leave out lines its total counts: an EDGAR note's page prints
 *     only the facts of its own presentation group, so a line the filer's table shows can be missing
 */
public record FootingTable(String sheet, ImmutableList<Integer> columns, ImmutableList<Row> rows, boolean partial) {
  public FootingTable {
    checkNotNull(sheet);
    checkNotNull(columns);
    checkNotNull(rows);
  }

  /**
   * One body row.
   *
   * @param caption the row's caption as printed
   * @param kind a line of amounts, a heading (caption without amounts) or a break (a member heading:
   *     the lines below belong to another member and never foot into those above)
   * @param facts per column index, the fact read from the row's cell
   * @param unread column indexes whose cell holds something that gave no fact (so no sum over it is known)
   * @param negated column indexes whose fact is the printed figure negated (a negated label: "Less ...")
   */
  public record Row(String caption, Kind kind, ImmutableMap<Integer, Fact> facts, ImmutableSet<Integer> unread,
      ImmutableSet<Integer> negated) {
    public Row {
      checkNotNull(caption);
      checkNotNull(kind);
      checkNotNull(facts);
      checkNotNull(unread);
      checkNotNull(negated);
    }

    /** A row whose facts are its figures as printed. */
    public Row(String caption, Kind kind, ImmutableMap<Integer, Fact> facts, ImmutableSet<Integer> unread) {
      this(caption, kind, facts, unread, ImmutableSet.of());
    }

    /** Whether the caption prints a total: "Total ...", "Total", "... total". */
    public boolean total() {
      String c = caption.toLowerCase(Locale.ROOT).strip();
      return kind == Kind.AMOUNTS && (c.equals("total") || c.startsWith("total ") || c.endsWith(" total"));
    }
  }

  /** What a row is to footing. */
  public enum Kind {
    AMOUNTS,
    HEADING,
    BREAK
  }
}
