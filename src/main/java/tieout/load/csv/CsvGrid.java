package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.util.List;
import tieout.ledger.SourceRef;
import tieout.load.table.CellSpan;
import tieout.load.table.Grid;
import tieout.load.table.GridCell;

/**
 * A CSV file in the presentation layout as a {@link Grid}: every field is a text cell (the table
 * reader parses printed amounts), there are no merged cells, and a cell's place is its line,
 * {@code balance-sheets.csv:12}. The sheet name, which scopes taxonomy labels, is the file's base
 * name without {@code .csv}.
 */
public final class CsvGrid implements Grid {
  private final String fileName;
  private final ImmutableList<CsvRecords.Line> lines;
  private final int columnCount;

  private CsvGrid(String fileName, ImmutableList<CsvRecords.Line> lines) {
    this.fileName = fileName;
    this.lines = lines;
    this.columnCount = lines.stream().mapToInt(l -> l.fields().size()).max().orElse(0);
  }

  /**
   * Reads CSV {@code text} (without its byte order mark, as {@link CsvText#read} gives it) of the file
   * {@code fileName}, a base name.
   *
   * @throws tieout.error.UserException when a quoted field is not closed
   */
  public static CsvGrid parse(String fileName, String text) {
    return new CsvGrid(fileName, CsvRecords.parse(fileName, text, true).lines());
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public String sheetName() {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  @Override
  public int rowCount() {
    return lines.size();
  }

  @Override
  public int columnCount() {
    return columnCount;
  }

  @Override
  public GridCell cell(int row, int column) {
    if (row < 0 || row >= lines.size()) {
      return GridCell.EMPTY;
    }
    List<String> fields = lines.get(row).fields();
    return column < 0 || column >= fields.size() ? GridCell.EMPTY : GridCell.text(fields.get(column), false);
  }

  @Override
  public ImmutableList<CellSpan> mergedRegions() {
    return ImmutableList.of();
  }

  @Override
  public boolean canMerge() {
    return false;
  }

  @Override
  public String location(int row, int column) {
    return fileName + ":" + lines.get(row).number();
  }

  @Override
  public SourceRef source(int row, int column, boolean formula) {
    return SourceRef.line(fileName, lines.get(row).number());
  }
}
