package tieout.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tieout.load.xlsx.XlsxGrid;

/** Builds small workbooks for tests, one row at a time. */
public final class Workbooks {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private Sheet sheet;

  /** A number cell with a number format. */
  record Num(double value, String format) {}

  /** A formula cell; {@code cached} null means no stored value. */
  record Formula(String formula, Double cached) {}

  public static Num num(double value, String format) {
    return new Num(value, format);
  }

  public static Formula formula(String formula, Double cached) {
    return new Formula(formula, cached);
  }

  public Workbooks sheet(String name) {
    sheet = workbook.createSheet(name);
    return this;
  }

  /** Appends a row: String → text (null → no cell), Number → General number, Num, Formula. */
  public Workbooks row(Object... cells) {
    Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
    for (int c = 0; c < cells.length; c++) {
      Object value = cells[c];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      if (value instanceof String s) {
        cell.setCellValue(s);
      } else if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof Num n) {
        cell.setCellValue(n.value());
        cell.setCellStyle(style(n.format()));
      } else if (value instanceof Formula f) {
        cell.setCellFormula(f.formula());
        if (f.cached() != null) {
          cell.setCellValue(f.cached());
        }
      } else {
        throw new IllegalArgumentException("unsupported cell " + value);
      }
    }
    return this;
  }

  public Workbooks merge(String range) {
    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    return this;
  }

  public Workbooks hideLastRow() {
    sheet.getRow(sheet.getLastRowNum()).setZeroHeight(true);
    return this;
  }

  public Workbooks hideSheet() {
    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    return this;
  }

  public Workbooks hideColumn(int column) {
    sheet.setColumnHidden(column, true);
    return this;
  }

  /** The current sheet as a grid of file {@code fileName}. */
  public XlsxGrid grid(String fileName) {
    return XlsxGrid.of(fileName, sheet);
  }

  public Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  private CellStyle style(String format) {
    return styles.computeIfAbsent(
        format,
        f -> {
          CellStyle style = workbook.createCellStyle();
          style.setDataFormat(workbook.createDataFormat().getFormat(f));
          return style;
        });
  }
}
