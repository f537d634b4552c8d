package tieout.load.xlsx;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import tieout.ledger.SourceRef;
import tieout.load.table.CellAddress;
import tieout.load.table.CellSpan;
import tieout.load.table.Grid;
import tieout.load.table.GridCell;

/**
 * One worksheet as a {@link Grid}, copied out of POI once so that the rest of the loader never sees
 * a {@code double}: numbers become {@link BigDecimal} through Excel's own 15-digit rendering
 * ({@link NumberToTextConverter#toText(double)}), and {@link DataFormatter} is used for text cells
 * only. A formula cell carries its cached value; a formula saved without one (a workbook written by
 * a program and never recalculated) is marked so that the reader can say so.
 *
 * <p>Hidden rows, hidden columns and hidden sheets are read like visible ones: hiding is a matter of
 * presentation, and a figure a workbook holds is a figure it reports. What is hidden is kept in
 * {@link #visibility()} so that the loader can report it ({@link HiddenNotices}).
 */
public final class XlsxGrid implements Grid {
  private final String fileName;
  private final String sheetName;
  /** The rows that hold a cell, by index: a sheet is stored as the cells it has, never its extent. */
  private final Map<Integer, SparseRow> rows;
  private final int rowCount;
  private final int columnCount;
  private final long cellCount;
  /** The indexes of the rows that hold a cell, ascending. */
  private final int[] presentRows;
  private final ImmutableList<CellSpan> merged;
  private final MergedIndex mergedIndex;
  private Visibility visibility = Visibility.VISIBLE;

  private XlsxGrid(String fileName, String sheetName, Map<Integer, SparseRow> rows, ImmutableList<CellSpan> merged) {
    this.fileName = fileName;
    this.sheetName = sheetName;
    this.rows = rows;
    int lastRow = -1;
    int lastColumn = -1;
    long cells = 0;
    for (Map.Entry<Integer, SparseRow> e : rows.entrySet()) {
      lastRow = Math.max(lastRow, e.getKey());
      lastColumn = Math.max(lastColumn, e.getValue().lastColumn());
      cells += e.getValue().size;
    }
    this.rowCount = lastRow + 1;
    this.presentRows = rows.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.columnCount = lastColumn + 1;
    this.cellCount = cells;
    this.merged = merged;
    this.mergedIndex = new MergedIndex(merged);
  }

  /** Collects a sheet's cells as they are read, in any order; empty cells are not kept. */
  static final class Builder {
    private final Map<Integer, SparseRow> rows = new HashMap<>();

    void put(int row, int column, GridCell cell) {
      if (cell.equals(GridCell.EMPTY) || row < 0 || column < 0) {
        return;
      }
      rows.computeIfAbsent(row, r -> new SparseRow()).put(column, cell);
    }

    /** The columns in {@code among} that hold a cell in some row. */
    ImmutableSet<Integer> columnsAmong(java.util.BitSet among) {
      java.util.BitSet found = new java.util.BitSet();
      for (SparseRow row : rows.values()) {
        for (int i = 0; i < row.size; i++) {
          if (among.get(row.columns[i])) {
            found.set(row.columns[i]);
          }
        }
      }
      ImmutableSet.Builder<Integer> result = ImmutableSet.builder();
      found.stream().forEach(result::add);
      return result.build();
    }

    XlsxGrid build(String fileName, String sheetName, ImmutableList<CellSpan> merged, Visibility visibility) {
      XlsxGrid grid = new XlsxGrid(checkNotNull(fileName), checkNotNull(sheetName), rows, merged);
      grid.visibility = checkNotNull(visibility);
      return grid;
    }
  }

  /** One row's cells, by column, sorted; cells arrive in column order, so a put is an append. */
  private static final class SparseRow {
    private int[] columns = new int[4];
    private GridCell[] cells = new GridCell[4];
    private int size;

    void put(int column, GridCell cell) {
      int at = size > 0 && columns[size - 1] < column ? -(size + 1) : Arrays.binarySearch(columns, 0, size, column);
      if (at >= 0) {
        cells[at] = cell;
        return;
      }
      int insert = -(at + 1);
      if (size == columns.length) {
        columns = Arrays.copyOf(columns, size * 2);
        cells = Arrays.copyOf(cells, size * 2);
      }
      System.arraycopy(columns, insert, columns, insert + 1, size - insert);
      System.arraycopy(cells, insert, cells, insert + 1, size - insert);
      columns[insert] = column;
      cells[insert] = cell;
      size++;
    }

    GridCell get(int column) {
      int at = Arrays.binarySearch(columns, 0, size, column);
      return at >= 0 ? cells[at] : GridCell.EMPTY;
    }

    int lastColumn() {
      return size == 0 ? -1 : columns[size - 1];
    }
  }

  /** Copies {@code sheet} of workbook file {@code fileName} (a base name such as {@code q3.xlsx}). */
  public static XlsxGrid of(String fileName, Sheet sheet) {
    checkNotNull(fileName);
    DataFormatter formatter = new DataFormatter();
    Builder builder = new Builder();
    // POI's rows and cells are those the file has: formatting alone stretching a row to column XFD
    // or a sheet to row 1048576 adds nothing here.
    for (Row row : sheet) {
      for (Cell cell : row) {
        builder.put(row.getRowNum(), cell.getColumnIndex(), convert(cell, formatter));
      }
    }
    ImmutableList<CellSpan> merged =
        sheet.getMergedRegions().stream()
            .map(a -> new CellSpan(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()))
            .collect(ImmutableList.toImmutableList());
    XlsxGrid grid = builder.build(fileName, sheet.getSheetName(), merged, Visibility.VISIBLE);
    grid.visibility = visibilityOf(sheet, grid);
    return grid;
  }

  private static Visibility visibilityOf(Sheet sheet, XlsxGrid grid) {
    Workbook workbook = sheet.getWorkbook();
    SheetVisibility state = workbook.getSheetVisibility(workbook.getSheetIndex(sheet));
    String hiddenSheet =
        state == SheetVisibility.HIDDEN ? "hidden" : state == SheetVisibility.VERY_HIDDEN ? "very hidden" : "";
    ImmutableSet.Builder<Integer> hiddenRows = ImmutableSet.builder();
    for (Row row : sheet) {
      if (row.getZeroHeight() && grid.rows.containsKey(row.getRowNum())) {
        hiddenRows.add(row.getRowNum());
      }
    }
    // Only the columns that hold a cell: a width or a hidden flag given to every column is no content.
    java.util.BitSet present = new java.util.BitSet();
    for (SparseRow row : grid.rows.values()) {
      for (int i = 0; i < row.size; i++) {
        present.set(row.columns[i]);
      }
    }
    ImmutableSet.Builder<Integer> hiddenColumns = ImmutableSet.builder();
    for (int c = present.nextSetBit(0); c >= 0; c = present.nextSetBit(c + 1)) {
      if (sheet.isColumnHidden(c)) {
        hiddenColumns.add(c);
      }
    }
    return new Visibility(hiddenSheet, hiddenRows.build(), hiddenColumns.build());
  }

  /** What of this sheet is hidden in the workbook. */
  public Visibility visibility() {
    return visibility;
  }

  private static GridCell convert(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType();
    boolean formula = type == CellType.FORMULA;
    if (formula) {
      if (cell instanceof XSSFCell xssf && (!xssf.getCTCell().isSetV() || emptyNonText(xssf))) {
        return GridCell.uncachedFormula(formulaText(cell));
      }
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        // Formatting a formula cell would print the formula; its cached string is what was shown.
        return GridCell.text(formula ? cell.getStringCellValue() : formatter.formatCellValue(cell), formula);
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
          return GridCell.other(GridCell.Kind.DATE, cell.getLocalDateTimeCellValue().toLocalDate().toString(), formula);
        }
        BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        String format = cell.getCellStyle().getDataFormatString();
        return GridCell.number(value, format == null ? "General" : format, formula);
      case BOOLEAN:
        return GridCell.other(GridCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", formula);
      case ERROR:
        return GridCell.other(GridCell.Kind.ERROR, errorText(cell.getErrorCellValue()), formula);
      default:
        return formula ? GridCell.text("", true) : GridCell.EMPTY;
    }
  }

  /** {@code <v></v>} on a formula whose result is not text (openpyxl writes it): no cached value. */
  private static boolean emptyNonText(XSSFCell cell) {
    var ct = cell.getCTCell();
    String v = ct.getV();
    boolean text = ct.isSetT() && (ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR
        || ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR
        || ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.S);
    return (v == null || v.isEmpty()) && !text;
  }

  private static String formulaText(Cell cell) {
    try {
      return cell.getCellFormula();
    } catch (FormulaParseException | IllegalStateException e) {
      return "(unreadable formula)";
    }
  }

  private static String errorText(byte code) {
    return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public String sheetName() {
    return sheetName;
  }

  @Override
  public int rowCount() {
    return rowCount;
  }

  @Override
  public int columnCount() {
    return columnCount;
  }

  @Override
  public GridCell cell(int row, int column) {
    SparseRow cells = rows.get(row);
    return cells == null ? GridCell.EMPTY : cells.get(column);
  }

  @Override
  public void forEachCell(int row, CellVisitor visitor) {
    SparseRow cells = rows.get(row);
    if (cells == null) {
      return;
    }
    for (int i = 0; i < cells.size; i++) {
      if (!cells.cells[i].isEmpty()) {
        visitor.visit(cells.columns[i], cells.cells[i]);
      }
    }
  }

  private static final int[] NO_COLUMNS = new int[0];

  @Override
  public int nextRow(int from) {
    int at = Arrays.binarySearch(presentRows, from);
    int index = at >= 0 ? at : -(at + 1);
    return index < presentRows.length ? presentRows[index] : rowCount;
  }

  @Override
  public int[] columnsIn(int row) {
    SparseRow cells = rows.get(row);
    if (cells == null) {
      return NO_COLUMNS;
    }
    int[] columns = new int[cells.size];
    int n = 0;
    for (int i = 0; i < cells.size; i++) {
      if (!cells.cells[i].isEmpty()) {
        columns[n++] = cells.columns[i];
      }
    }
    return n == columns.length ? columns : Arrays.copyOf(columns, n);
  }

  @Override
  public long cellCount() {
    return cellCount;
  }

  @Override
  public ImmutableList<CellSpan> mergedRegions() {
    return merged;
  }

  @Override
  public Optional<CellSpan> spanAt(int row, int column) {
    return mergedIndex.spanAt(row, column);
  }

  @Override
  public String location(int row, int column) {
    return fileName + "!" + sheetName + "!" + CellAddress.of(row, column);
  }

  @Override
  public SourceRef source(int row, int column, boolean formula) {
    return formula
        ? SourceRef.formulaCell(fileName, sheetName, CellAddress.of(row, column))
        : SourceRef.cell(fileName, sheetName, CellAddress.of(row, column));
  }

}
