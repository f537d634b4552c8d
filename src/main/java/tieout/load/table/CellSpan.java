package tieout.load.table;

import static com.google.common.base.Preconditions.checkArgument;

/** A rectangle of cells merged into one (0-based, both ends inclusive); its value is the top-left cell's. */
public record CellSpan(int firstRow, int lastRow, int firstColumn, int lastColumn) {
  public CellSpan {
    checkArgument(firstRow >= 0 && firstColumn >= 0, "negative cell index");
    checkArgument(lastRow >= firstRow && lastColumn >= firstColumn, "empty span");
  }

  public boolean contains(int row, int column) {
    return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
  }
}
