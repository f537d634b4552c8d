package tieout.load.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tieout.load.Notice;

/**
 * What of one sheet was deliberately not read, counted for the one notice that says so: nothing a
 * sheet holds that looks like an amount is dropped without a word. Used for EDGAR R pages
 * ({@link EdgarPage}), whose notes, text values and unusual periods are not line items to check.
 */
final class SkippedCells {
  private final Grid grid;
  private int textBlockRows;
  private int textBlockNumbers;
  private int firstTextBlockRow = -1;
  private int lastTextBlockRow = -1;
  private int textRows;
  private int textCells;
  private final List<String> durations = new ArrayList<>();
  private final List<String> columns = new ArrayList<>();
  private final List<String> formulas = new ArrayList<>();
  private final List<String> unplaced = new ArrayList<>();
  private int unheadedAmounts;

  SkippedCells(Grid grid) {
    this.grid = grid;
  }

  /** A row of a note's text (column A empty); its numbers are counted. */
  void textBlockRow(int row) {
    textBlockRows++;
    if (firstTextBlockRow < 0) {
      firstTextBlockRow = row;
    }
    lastTextBlockRow = row;
    for (GridCell cell : EdgarRows.cellsRightOfLabel(grid, row)) {
      if (EdgarRows.looksLikeAmount(cell)) {
        textBlockNumbers++;
      }
    }
  }

  /** A line whose values are text: a name, a date, "P5Y". */
  void textRow() {
    textRows++;
  }

  /** A text value beside amounts in a line. */
  void textCell() {
    textCells++;
  }

  /** A duration line item's amount under a date alone: the span's length is not printed. */
  void durationUnderDate(int row, int column) {
    durations.add(address(row, column));
  }

  /** A column whose span heading has no end date, or with no period at all: at its heading. */
  void unheadedColumn(String location) {
    columns.add(location.substring(location.lastIndexOf('!') + 1));
  }

  /** An amount in a column whose heading gives no period. */
  void unheadedAmount(int row, int column) {
    unheadedAmounts++;
  }

  /** An amount whose line the taxonomy places under another kind or member than its column's. */
  void unplaced(int row, int column) {
    unplaced.add(address(row, column));
  }

  void formula(int row, int column) {
    formulas.add(address(row, column));
  }

  /** A sheet with no period heading: its amounts are counted, none is read. */
  void withoutHeading(int labelColumn) {
    for (int r = grid.nextRow(0); r < grid.rowCount(); r = grid.nextRow(r + 1)) {
      grid.forEachCell(r, (column, cell) -> {
        if (column > labelColumn && EdgarRows.looksLikeAmount(cell) && !cell.formula()) {
          unheadedAmounts++;
        }
      });
    }
  }

  /** Whether the sheet held text and no amount at all: a note, a policy, a cover page. */
  boolean textOnly() {
    return textRows + textBlockRows > 0 && textBlockNumbers == 0 && unheadedAmounts == 0 && durations.isEmpty()
        && formulas.isEmpty() && unplaced.isEmpty();
  }

  /**
   * Adds to {@code notices} one notice per workbook naming its text-only sheets: {@code sheets} so
   * far and this one.
   */
  static void addTextOnly(List<Notice> notices, String fileName, String sheetName) {
    String lead = "pages of text only (notes, policies, cover), nothing to check: ";
    for (int i = 0; i < notices.size(); i++) {
      Notice n = notices.get(i);
      if (n.location().equals(fileName) && n.message().contains(lead)) {
        int count = Integer.parseInt(n.message().substring(0, n.message().indexOf(' '))) + 1;
        String names = n.message().substring(n.message().indexOf(lead) + lead.length());
        if (count <= 5) {
          names = names + ", " + sheetName;
        } else if (count == 6) {
          names = names + ", ...";
        }
        notices.set(i, new Notice(fileName, count + " " + lead + names));
        return;
      }
    }
    notices.add(new Notice(fileName, "1 " + lead + sheetName));
  }

  /** The notice for the sheet, if anything was skipped; {@code edgar}: the sheet is an R page. */
  Optional<Notice> notice(boolean edgar) {
    List<String> parts = new ArrayList<>();
    if (unheadedAmounts > 0) {
      parts.add(count(unheadedAmounts, "amount") + " under no period heading (the periods may be in the captions,"
          + " as in a statement of equity)");
    }
    if (textBlockRows > 0) {
      parts.add(count(textBlockRows, "row") + " of a note's text (rows " + (firstTextBlockRow + 1) + "-"
          + (lastTextBlockRow + 1) + (textBlockNumbers > 0 ? ", " + count(textBlockNumbers, "number") + " in it" : "")
          + ")");
    }
    if (textCells > 0) {
      parts.add(count(textCells, "text value") + " beside amounts (a date, a duration such as P5Y)");
    }
    if (!durations.isEmpty()) {
      parts.add(count(durations.size(), "amount") + " of a span under its end date alone, length not printed ("
          + examples(durations) + ")");
    }
    if (!columns.isEmpty()) {
      parts.add(count(columns.size(), "column") + " whose heading gives no complete period (" + examples(columns) + ")");
    }
    if (!unplaced.isEmpty()) {
      parts.add(count(unplaced.size(), "amount") + " whose caption's concept or member disagrees with its column's ("
          + examples(unplaced) + ")");
    }
    if (!formulas.isEmpty()) {
      parts.add(count(formulas.size(), "formula") + ", which EDGAR does not write (" + examples(formulas) + ")");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Notice(grid.fileName() + "!" + grid.sheetName(),
        (edgar ? "EDGAR page, not read: " : "not read: ") + String.join("; ", parts)));
  }

  private static String examples(List<String> cells) {
    return cells.size() <= 3 ? String.join(", ", cells) : String.join(", ", cells.subList(0, 3)) + ", ...";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String address(int row, int column) {
    return CellAddress.of(row, column);
  }
}
