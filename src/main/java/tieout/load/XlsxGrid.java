package tieout.load;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
  private final List<List<GridCell>> rows;
  private final int columnCount;
  private final ImmutableList<CellSpan> merged;
  private Visibility visibility = Visibility.VISIBLE;

  private XlsxGrid(String fileName, String sheetName, List<List<GridCell>> rows, ImmutableList<CellSpan> merged) {
    this.fileName = fileName;
    this.sheetName = sheetName;
    this.rows = rows;
    this.columnCount = rows.stream().mapToInt(List::size).max().orElse(0);
    this.merged = merged;
  }

  /** A sheet read by {@link StreamingXlsx}: rows of cells with no trailing empty cells or rows. */
  static XlsxGrid ofRows(
      String fileName, String sheetName, List<List<GridCell>> rows, ImmutableList<CellSpan> merged,
      Visibility visibility) {
    XlsxGrid grid = new XlsxGrid(checkNotNull(fileName), checkNotNull(sheetName), rows, merged);
    grid.visibility = checkNotNull(visibility);
    return grid;
  }

  /** Copies {@code sheet} of workbook file {@code fileName} (a base name such as {@code q3.xlsx}). */
  public static XlsxGrid of(String fileName, Sheet sheet) {
    checkNotNull(fileName);
    DataFormatter formatter = new DataFormatter();
    List<List<GridCell>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<GridCell> cells = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? GridCell.EMPTY : convert(cell, formatter));
        }
      }
      // Formatting alone can stretch a row to column XFD or a sheet to row 1048576: keep only content.
      while (!cells.isEmpty() && cells.get(cells.size() - 1).equals(GridCell.EMPTY)) {
        cells.remove(cells.size() - 1);
      }
      rows.add(cells.isEmpty() ? List.of() : cells);
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    ImmutableList<CellSpan> merged =
        sheet.getMergedRegions().stream()
            .map(a -> new CellSpan(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()))
            .collect(ImmutableList.toImmutableList());
    XlsxGrid grid = new XlsxGrid(fileName, sheet.getSheetName(), rows, merged);
    grid.visibility = visibilityOf(sheet, rows.size(), grid.columnCount);
    return grid;
  }

  private static Visibility visibilityOf(Sheet sheet, int rowCount, int columnCount) {
    Workbook workbook = sheet.getWorkbook();
    SheetVisibility state = workbook.getSheetVisibility(workbook.getSheetIndex(sheet));
    String hiddenSheet =
        state == SheetVisibility.HIDDEN ? "hidden" : state == SheetVisibility.VERY_HIDDEN ? "very hidden" : "";
    ImmutableSet.Builder<Integer> hiddenRows = ImmutableSet.builder();
    for (int r = 0; r < rowCount; r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getZeroHeight()) {
        hiddenRows.add(r);
      }
    }
    ImmutableSet.Builder<Integer> hiddenColumns = ImmutableSet.builder();
    for (int c = 0; c < columnCount; c++) {
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
      if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
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
    return rows.size();
  }

  @Override
  public int columnCount() {
    return columnCount;
  }

  @Override
  public GridCell cell(int row, int column) {
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
      return GridCell.EMPTY;
    }
    return rows.get(row).get(column);
  }

  @Override
  public ImmutableList<CellSpan> mergedRegions() {
    return merged;
  }

  @Override
  public String location(int row, int column) {
    return fileName + "!" + sheetName + "!" + address(row, column);
  }

  @Override
  public SourceRef source(int row, int column, boolean formula) {
    return formula
        ? SourceRef.formulaCell(fileName, sheetName, address(row, column))
        : SourceRef.cell(fileName, sheetName, address(row, column));
  }

  /**
   * {@code B12} for row 11, column 1 (both from 0), as POI's {@code CellReference} writes it
   * without {@code $}: column letters in bijective base 26 (A..Z, AA..), then the row from 1.
   * Written out because every fact of a workbook gets one, and the reference object and its
   * builder were some 30 MB of what a 100,000-cell workbook's load allocated.
   */
  static String address(int row, int column) {
    char[] letters = new char[8];
    int at = letters.length;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters[--at] = (char) ('A' + (c - 1) % 26);
    }
    return new String(letters, at, letters.length - at).concat(Integer.toString(row + 1));
  }
}
