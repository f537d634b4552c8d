package tieout.generate;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link SyntheticLedger} as a workbook in the presentation layout: one sheet per entity,
 * an {@code Entity:} title, a header of period captions ({@code Q1 2020} ... {@code FY2020} for each
 * year) and one row per concept and region. Written through POI's streaming writer, so memory stays
 * flat however many sheets there are.
 */
final class XlsxWriter {
  private XlsxWriter() {}

  static void write(SyntheticLedger ledger, OutputStream out) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      CellStyle amount = book.createCellStyle();
      amount.setDataFormat(book.createDataFormat().getFormat("#,##0"));
      int years = SyntheticLedger.YEARS_PER_ENTITY;
      for (int first = 0; first < ledger.blocks(); first += years) {
        int last = Math.min(first + years, ledger.blocks());
        Sheet sheet = book.createSheet(SyntheticLedger.entity(first));
        sheet.createRow(0).createCell(0).setCellValue("Entity: " + SyntheticLedger.entity(first));
        Row header = sheet.createRow(1);
        int column = 1;
        for (int block = first; block < last; block++) {
          int year = SyntheticLedger.year(block);
          for (int q = 1; q <= 4; q++) {
            header.createCell(column++).setCellValue("Q" + q + " " + year);
          }
          header.createCell(column++).setCellValue("FY" + year);
        }
        long[][][][] values = new long[last - first][][][];
        for (int block = first; block < last; block++) {
          values[block - first] = ledger.values(block);
        }
        int rowIndex = 2;
        for (int c = 0; c < 5; c++) {
          for (int r = 0; r < 5; r++) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(SyntheticRules.caption(SyntheticLedger.CONCEPTS.get(c), r));
            column = 1;
            for (long[][][] v : values) {
              for (int p = 0; p < 5; p++) {
                var cell = row.createCell(column++);
                cell.setCellValue(v[r][c][p]);
                cell.setCellStyle(amount);
              }
            }
          }
        }
      }
      book.write(out);
    }
  }
}
