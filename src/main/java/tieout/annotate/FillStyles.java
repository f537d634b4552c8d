package tieout.annotate;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Copies of a workbook's cell styles that differ only in their fill, made once per original style
 * and colour so that a large workbook does not run into Excel's limit on the number of styles.
 */
final class FillStyles {
  /** Excel's "Good" fill. */
  static final byte[] GREEN = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
  /** Excel's "Bad" fill. */
  static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

  private final XSSFWorkbook workbook;
  private final Map<String, XSSFCellStyle> made = new HashMap<>();

  FillStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  /** {@code original} with a solid fill of {@code rgb}; number format, font, borders kept. */
  XSSFCellStyle filled(CellStyle original, byte[] rgb) {
    String key = original.getIndex() + ":" + (rgb == RED ? "red" : "green");
    return made.computeIfAbsent(key, k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(original);
      style.setFillForegroundColor(new XSSFColor(rgb, null));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    });
  }
}
