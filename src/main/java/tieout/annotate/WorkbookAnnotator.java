package tieout.annotate;

import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tieout.ledger.SourceRef;

/**
 * Puts the tick marks on the cells of one workbook: a red fill and a comment on each cell of a
 * failed check, a green fill and a comment on each cell that only tied. Every other cell is left as
 * it was; the cell's own style is cloned so only the fill changes.
 */
final class WorkbookAnnotator {
  static final String AUTHOR = "tieout";

  private WorkbookAnnotator() {}

  /** Marks the cells of {@code fileName} in {@code workbook}; returns how many cells were marked. */
  static int mark(XSSFWorkbook workbook, String fileName, Marks marks) {
    FillStyles styles = new FillStyles(workbook);
    int count = 0;
    for (Map.Entry<SourceRef, Mark> e : marks.marked().entrySet()) {
      SourceRef source = e.getKey();
      if (!source.isCell() || !source.file().equals(fileName)) {
        continue;
      }
      XSSFSheet sheet = workbook.getSheet(source.sheet().orElseThrow());
      if (sheet == null) {
        continue;
      }
      CellReference ref = new CellReference(source.cell().orElseThrow());
      XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
      XSSFCell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
      Mark mark = e.getValue();
      cell.setCellStyle(styles.filled(cell.getCellStyle(), mark.isFailed() ? FillStyles.RED : FillStyles.GREEN));
      comment(sheet, cell, MarkText.comment(mark));
      count++;
    }
    return count;
  }

  /** Adds {@code text} as the cell's comment, after any comment the cell already had. */
  private static void comment(XSSFSheet sheet, XSSFCell cell, String text) {
    Comment existing = cell.getCellComment();
    String full = text;
    if (existing != null) {
      full = existing.getString().getString() + "\n\n" + text;
      cell.removeCellComment();
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int lines = (int) full.lines().count();
    int widest = full.lines().mapToInt(String::length).max().orElse(20);
    int columns = Math.max(3, Math.min(10, widest / 9 + 1));
    // POI files a comment under the anchor's top-left cell, so the anchor starts in the cell itself
    // and is shifted to its right edge to keep the box from covering it.
    int rightEdge = Math.max(0, (int) sheet.getColumnWidthInPixels(cell.getColumnIndex()) - 1) * Units.EMU_PER_PIXEL;
    XSSFClientAnchor anchor = drawing.createAnchor(
        rightEdge, 0, 0, 0,
        cell.getColumnIndex(), cell.getRowIndex(),
        cell.getColumnIndex() + 1 + columns, cell.getRowIndex() + Math.min(40, lines + 1));
    anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(new XSSFRichTextString(full));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
  }
}
