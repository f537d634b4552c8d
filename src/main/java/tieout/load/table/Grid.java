package tieout.load.table;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import tieout.ledger.SourceRef;

/**
 * A table of cells read from one sheet of a workbook or from one CSV file, so that both share one
 * {@link PresentationTableReader}. Rows and columns are 0-based; cells outside the used range are
 * {@link GridCell#EMPTY}.
 */
public interface Grid {
  /** The file's base name, e.g. {@code entree-gold-2013.xlsx}. */
  String fileName();

  /** The sheet's name; for a CSV file, its base name without the extension. */
  String sheetName();

  int rowCount();

  int columnCount();

  GridCell cell(int row, int column);

  /** Merged cell ranges; none for CSV. */
  ImmutableList<CellSpan> mergedRegions();

  /**
   * Whether the format can merge cells. Where it cannot (CSV), a heading spanning several columns
   * is written once followed by empty fields.
   */
  default boolean canMerge() {
    return true;
  }

  /** Where a cell is, for messages: {@code file.xlsx!Sheet!C7} or {@code file.csv:12}. */
  String location(int row, int column);

  /** Where a fact read from a cell came from. */
  SourceRef source(int row, int column, boolean formula);

  /** What {@link #forEachCell} calls for each present cell. */
  @FunctionalInterface
  interface CellVisitor {
    void visit(int column, GridCell cell);
  }

  /**
   * Calls {@code visitor} with every cell of {@code row} that holds something (not
   * {@link GridCell#isEmpty()}), left to right. Work stays proportional to the cells present, never to
   * the row's declared width.
   */
  default void forEachCell(int row, CellVisitor visitor) {
    for (int c = 0; c < columnCount(); c++) {
      GridCell cell = cell(row, c);
      if (!cell.isEmpty()) {
        visitor.visit(c, cell);
      }
    }
  }

  /**
   * The first row at or after {@code from} that may hold a cell, or {@link #rowCount()}: loops over a
   * sheet's rows step with it, so that a sheet with a cell at row 1048576 costs its cells, not its rows.
   */
  default int nextRow(int from) {
    return Math.min(Math.max(from, 0), rowCount());
  }

  /** The columns of {@code row} whose cells hold something, ascending. */
  default int[] columnsIn(int row) {
    java.util.List<Integer> columns = new java.util.ArrayList<>();
    forEachCell(row, (c, cell) -> columns.add(c));
    return columns.stream().mapToInt(Integer::intValue).toArray();
  }

  /** How many cells hold something: what {@code --max-cells} counts. */
  default long cellCount() {
    long count = 0;
    for (int r = 0; r < rowCount(); r++) {
      long[] row = {0};
      forEachCell(r, (c, cell) -> row[0]++);
      count += row[0];
    }
    return count;
  }

  /** The merged range a cell belongs to, if any. */
  default Optional<CellSpan> spanAt(int row, int column) {
    return mergedRegions().stream().filter(s -> s.contains(row, column)).findFirst();
  }
}
