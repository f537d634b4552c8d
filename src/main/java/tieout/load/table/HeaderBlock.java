package tieout.load.table;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import tieout.load.Problems;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;

/**
 * The heading rows of one table in a {@link Grid} and the amount columns they define.
 *
 * <p>A table's header is a row holding, right of the label column, a period caption or a dimension
 * member caption, plus the rows directly under it whose label cell is empty and whose other cells
 * are all headings: a two-row header such as "3 Months Ended" over "Dec. 31, 2017", or "Year Ended
 * December 31, 2013" over "Shares" and "Amount".
 *
 * <p>A merged heading applies to every column it spans. A blank heading cell takes the heading to
 * its left in the same row when the row above spans both columns, or, in a CSV (which cannot merge
 * cells), when the row below has its own heading there: "3 Months Ended" and an empty field over two
 * dates span both. In a workbook a blank cell under no merged span stays blank.
 */
final class HeaderBlock {
  /** The axis of the members an EDGAR R page names in its column headings ("Common Stock [Member]"). */
  static final String EDGAR_COLUMN = "EdgarColumn";
  /** No header is this tall; a longer run of headings is a body of dates, read as such. */
  static final int MAX_ROWS = 16;

  private final ImmutableList<Integer> rows;
  private final ImmutableList<Column> columns;
  /** Columns whose headings were reported as problems (or told to an R page's notice). */
  private final java.util.Set<Integer> refused;

  private HeaderBlock(List<Integer> rows, List<Column> columns, java.util.Set<Integer> refused) {
    this.rows = ImmutableList.copyOf(rows);
    this.columns = ImmutableList.copyOf(columns);
    this.refused = refused;
  }

  /** The columns whose headings were reported: their amounts are not reported again. */
  java.util.Set<Integer> refused() {
    return refused;
  }

  /** This header with other columns (an EDGAR page's repeated headings told apart). */
  HeaderBlock withColumns(List<Column> columns) {
    return new HeaderBlock(rows, columns, refused);
  }

  /** The rows of the header, top to bottom. */
  ImmutableList<Integer> rows() {
    return rows;
  }

  int lastRow() {
    return rows.get(rows.size() - 1);
  }

  /** The amount columns, left to right; columns whose heading failed are left out (and reported). */
  ImmutableList<Column> columns() {
    return columns;
  }

  /**
   * Whether {@code row} starts a table. {@code first}: the first header of a sheet needs only one
   * period or member heading among other text, and may take its years from numeric cells (a heading
   * "2013" typed as a number); a later header inside the body must hold nothing but headings and
   * have an empty label cell.
   */
  static boolean startsAt(Grid grid, int row, int labelColumn, Function<String, Heading> headings, boolean first) {
    if (!first && !grid.cell(row, labelColumn).isEmpty()) {
      return false; // a captioned row in the body is a line item, even if it holds a date
    }
    boolean start = false;
    for (int c : grid.columnsIn(row)) {
      if (c <= labelColumn) {
        continue;
      }
      Optional<String> text = ownText(grid, row, c, first);
      if (text.isEmpty()) {
        if (!first && !grid.cell(row, c).isEmpty()) {
          return false;
        }
        continue;
      }
      Heading heading = headings.apply(text.get());
      if (!first && !heading.isCaption()) {
        return false;
      }
      start |= heading.startsHeader();
    }
    return start;
  }

  /**
   * Reads the header made of {@code rows} (see {@link #rowsStartingAt}). Columns without a period of
   * their own take {@code titlePeriod}; problems with headings are added to {@code problems}. When
   * {@code skipped} is given (an EDGAR R page), a column whose span has no end date is told to it
   * (its heading's location) and left out instead of being a problem: the page is the SEC's
   * rendering, not a table its user can correct.
   */
  static HeaderBlock read(
      Grid grid,
      List<Integer> rows,
      int labelColumn,
      Function<String, Heading> headings,
      Optional<PeriodCaption> titlePeriod,
      Problems problems,
      Consumer<String> skipped) {
    int width = width(grid, rows);
    HeadingCell[][] cells = headingCells(grid, rows, labelColumn, width);
    boolean hasMembers = false;
    for (HeadingCell[] row : cells) {
      for (HeadingCell cell : row) {
        if (cell != null) {
          cell.heading = headings.apply(cell.text);
          hasMembers |= cell.heading instanceof Heading.MemberHeading || cell.heading instanceof Heading.EdgarMemberHeading;
        }
      }
    }
    List<Column> columns = new ArrayList<>();
    java.util.Set<Integer> refused = new java.util.HashSet<>();
    for (int c = labelColumn + 1; c < width; c++) {
      List<HeadingCell> stack = new ArrayList<>();
      for (HeadingCell[] row : cells) {
        if (row[c] != null) {
          stack.add(row[c]);
        }
      }
      // On an R page a heading that makes no sound column is the renderer's, not its user's to correct:
      // the column is named in the page's notice instead of refusing the file.
      Problems found = skipped != null ? new Problems() : problems;
      Optional<Column> column = column(grid, c, stack, hasMembers, titlePeriod, found, skipped);
      if (skipped != null && !found.isEmpty()) {
        skipped.accept(grid.location(stack.get(0).row, stack.get(0).column));
      }
      column.ifPresent(columns::add);
      // A period or member heading that made no column was reported (or told to the page's notice).
      if (column.isEmpty() && stack.stream().anyMatch(h -> h.heading.startsHeader())) {
        refused.add(c);
      }
    }
    return new HeaderBlock(rows, columns, refused);
  }

  /** The header's rows: {@code firstRow} and the rows under it that hold nothing but headings. */
  static List<Integer> rowsStartingAt(Grid grid, int firstRow, int labelColumn, Function<String, Heading> headings) {
    List<Integer> rows = new ArrayList<>(List.of(firstRow));
    while (rows.size() < MAX_ROWS && isContinuation(grid, rows.get(rows.size() - 1) + 1, labelColumn, headings)) {
      rows.add(rows.get(rows.size() - 1) + 1);
    }
    return rows;
  }

  /** A row under a header with an empty label cell and only headings, at least one, continues it. */
  private static boolean isContinuation(Grid grid, int row, int labelColumn, Function<String, Heading> headings) {
    if (row >= grid.rowCount() || !grid.cell(row, labelColumn).isEmpty()) {
      return false;
    }
    boolean any = false;
    for (int c : grid.columnsIn(row)) {
      if (c <= labelColumn) {
        continue;
      }
      Optional<CellSpan> span = grid.spanAt(row, c);
      if (span.isPresent() && span.get().firstRow() < row) {
        continue;
      }
      GridCell cell = grid.cell(row, c);
      if (cell.isEmpty()) {
        continue;
      }
      Optional<String> text = ownText(grid, row, c, false);
      if (text.isEmpty() || !headings.apply(text.get()).isCaption()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** A heading cell: its text, where it was written, and whether it was taken from the left. */
  private static final class HeadingCell {
    final String text;
    final int row;
    final int column;
    final boolean inherited;
    Heading heading;

    HeadingCell(String text, int row, int column, boolean inherited) {
      this.text = text;
      this.row = row;
      this.column = column;
      this.inherited = inherited;
    }
  }

  /** The heading text of every header cell, with merged and spanning headings spread out. */
  private static HeadingCell[][] headingCells(Grid grid, List<Integer> rows, int labelColumn, int width) {
    HeadingCell[][] cells = new HeadingCell[rows.size()][width];
    for (int i = 0; i < rows.size(); i++) {
      int row = rows.get(i);
      for (int c = labelColumn + 1; c < width; c++) {
        Optional<CellSpan> span = grid.spanAt(row, c);
        if (span.isPresent()) {
          CellSpan s = span.get();
          if (s.firstRow() < row && rows.contains(s.firstRow())) {
            continue; // counted in the row where the merged cell starts
          }
          Optional<String> text = ownText(grid, s.firstRow(), s.firstColumn(), i == 0);
          if (text.isPresent()) {
            cells[i][c] = new HeadingCell(text.get(), s.firstRow(), s.firstColumn(), false);
          }
          continue;
        }
        Optional<String> own = ownText(grid, row, c, i == 0);
        if (own.isPresent()) {
          cells[i][c] = new HeadingCell(own.get(), row, c, false);
        } else if (grid.cell(row, c).isEmpty() && c - 1 > labelColumn && cells[i][c - 1] != null
            && (aboveSpans(grid, rows, cells, i, c) || belowHasHeading(grid, rows, i, c))) {
          HeadingCell left = cells[i][c - 1];
          cells[i][c] = new HeadingCell(left.text, left.row, left.column, true);
        }
      }
    }
    return cells;
  }

  /**
   * The columns the header can head: up to its last cell or the last column a merged heading in it
   * spans. A cell far right in the body (XFD1048576) widens nothing here.
   */
  private static int width(Grid grid, List<Integer> rows) {
    int width = 0;
    for (int row : rows) {
      for (int c : grid.columnsIn(row)) {
        width = Math.max(width, c + 1);
        Optional<CellSpan> span = grid.spanAt(row, c);
        if (span.isPresent()) {
          width = Math.max(width, span.get().lastColumn() + 1);
        }
      }
    }
    return Math.min(width, Math.max(grid.columnCount(), 0));
  }

  private static boolean aboveSpans(Grid grid, List<Integer> rows, HeadingCell[][] cells, int i, int c) {
    if (i == 0) {
      return false;
    }
    int above = rows.get(i - 1);
    Optional<CellSpan> span = grid.spanAt(above, c);
    boolean merged = span.isPresent() && span.get().contains(above, c - 1);
    return merged || (cells[i - 1][c] != null && cells[i - 1][c].inherited);
  }

  private static boolean belowHasHeading(Grid grid, List<Integer> rows, int i, int c) {
    // Only where cells cannot be merged: in a workbook, a heading spans columns by merging them.
    return !grid.canMerge() && i + 1 < rows.size() && ownText(grid, rows.get(i + 1), c, false).isPresent();
  }

  /**
   * The text a cell contributes to a heading: text and dates; in the first header row also a whole
   * number that reads as a year (a heading 2013 typed as a number).
   */
  private static Optional<String> ownText(Grid grid, int row, int column, boolean numbersAllowed) {
    GridCell cell = grid.cell(row, column);
    switch (cell.kind()) {
      case TEXT:
      case DATE:
        return Optional.of(cell.tidyText());
      case NUMBER:
        BigDecimal n = cell.number().orElseThrow();
        boolean year = n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(1900)) >= 0
            && n.compareTo(BigDecimal.valueOf(2199)) <= 0;
        return numbersAllowed && year ? Optional.of(n.toBigInteger().toString()) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** The amount column a stack of headings defines, if they define one and it is sound. */
  private static Optional<Column> column(
      Grid grid,
      int index,
      List<HeadingCell> stack,
      boolean tableHasMembers,
      Optional<PeriodCaption> titlePeriod,
      Problems problems,
      Consumer<String> skipped) {
    PeriodCaption period = null;
    HeadingCell periodCell = null;
    Dimensions members = Dimensions.NONE;
    Optional<ItemType> unit = Optional.empty();
    boolean amounts = false;
    for (HeadingCell cell : stack) {
      String where = grid.location(cell.row, cell.column);
      Heading heading = cell.heading;
      if (heading instanceof Heading.BadHeading bad) {
        problems.add(where, bad.message());
        return Optional.empty();
      } else if (heading instanceof Heading.PeriodHeading p) {
        amounts = true;
        if (period == null) {
          period = p.caption();
          periodCell = cell;
        } else if (period instanceof PeriodCaption.Partial partial
            && p.caption() instanceof PeriodCaption.Instant date) {
          period = partial.endingOn(date.date());
        } else if (!period.equals(p.caption())) {
          problems.add(
              where,
              "expected one period in the heading of this column, found \""
                  + periodCell.text + "\" and \"" + cell.text + "\"");
          return Optional.empty();
        }
      } else if (heading instanceof Heading.MemberHeading m) {
        amounts = true;
        String axis = m.use().axis().name();
        String member = m.use().member().name();
        if (members.member(axis) != null && !members.member(axis).equals(member)) {
          problems.add(
              where,
              "expected one member of axis '" + axis + "' in the heading of this column, found '"
                  + members.member(axis) + "' and '" + member + "'");
          return Optional.empty();
        }
        members = members.with(axis, member);
      } else if (heading instanceof Heading.EdgarMemberHeading m) {
        amounts = true;
        String before = members.member(EDGAR_COLUMN);
        members = members.with(EDGAR_COLUMN, before == null ? m.member() : before + " | " + m.member());
      } else if (heading instanceof Heading.TotalHeading) {
        amounts |= tableHasMembers;
      } else if (heading instanceof Heading.UnitHeading u) {
        amounts = true;
        unit = Optional.of(u.type());
      }
    }
    if (!amounts) {
      return Optional.empty();
    }
    if (period != null && period.isPartial() && skipped != null) {
      skipped.accept(grid.location(periodCell.row, periodCell.column));
      return Optional.empty();
    }
    if (period != null && period.isPartial()) {
      problems.add(
          grid.location(periodCell.row, periodCell.column),
          "expected an end date such as \"Dec. 31, 2017\" under \"" + periodCell.text
              + "\" in the heading row below");
      return Optional.empty();
    }
    if (period == null) {
      if (titlePeriod.isEmpty() && skipped != null) {
        skipped.accept(grid.location(stack.get(0).row, stack.get(0).column));
        return Optional.empty();
      }
      if (titlePeriod.isEmpty()) {
        HeadingCell first = stack.get(0);
        problems.add(
            grid.location(first.row, first.column),
            "expected a period for the column headed \"" + first.text
                + "\": add a period such as \"As at December 31, 2013\" to the heading or as a title"
                + " line above the table");
        return Optional.empty();
      }
      period = titlePeriod.get();
    }
    Optional<String> currency = Optional.empty();
    for (HeadingCell cell : stack) {
      currency = skipped != null && currency.isEmpty() ? EdgarPage.currencyIn(cell.text) : currency;
    }
    return Optional.of(new Column(index, period, members, unit, currency));
  }
}
