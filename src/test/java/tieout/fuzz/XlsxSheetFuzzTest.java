package tieout.fuzz;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tieout.error.UserException;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.files.LedgerLoader;

/**
 * Fuzz target for the xlsx sheet reader (issue 16, item 1): a small table plus cells, merged ranges,
 * hidden rows and columns placed anywhere up to the format's limits (row 1048576, column XFD), as the
 * input's bytes say, loads or gives a located user error, and in bounded time: work follows the cells
 * present, never the sheet's extent. Each input is a list of operations of 1 + 8 bytes: the kind
 * (cell, text cell, merged range, hidden row, hidden column) then two rows and two columns as shorts,
 * scaled onto the sheet's whole extent.
 */
class XlsxSheetFuzzTest {
  private static final String FILE = "fuzz.xlsx";
  private static final int ROWS = 1_048_576;
  private static final int COLUMNS = 16_384;
  private static Path file;

  private static synchronized Path file() throws IOException {
    if (file == null) {
      Path dir = Files.createTempDirectory("tieout-fuzz-xlsx");
      dir.toFile().deleteOnExit();
      file = dir.resolve(FILE);
      file.toFile().deleteOnExit();
    }
    return file;
  }

  @FuzzTest(maxDuration = "10m")
  void load(byte[] data) throws IOException {
    Path path = file();
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
      build(book, data);
      book.write(out);
    }
    long start = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try {
        LedgerLoader.load(List.of(path), FuzzInputs.sampleTaxonomy(), LoadOptions.within(Limits.DEFAULT));
      } catch (UserException e) {
        FuzzInputs.assertLocated(e, FILE);
      }
    });
    assertThat("seconds to load", (System.nanoTime() - start) / 1e9, lessThan(10.0));
  }

  private static void build(XSSFWorkbook book, byte[] data) {
    XSSFSheet sheet = book.createSheet("Fuzz");
    XSSFRow head = sheet.createRow(0);
    head.createCell(1).setCellValue("Year Ended December 31, 2013");
    XSSFRow line = sheet.createRow(1);
    line.createCell(0).setCellValue("Exploration");
    line.createCell(1).setCellValue(1000);
    ByteBuffer in = ByteBuffer.wrap(data);
    int merges = 0;
    while (in.remaining() >= 9) {
      int kind = in.get() & 0xff;
      int r1 = scale(in.getShort(), ROWS);
      int r2 = scale(in.getShort(), ROWS);
      int c1 = scale(in.getShort(), COLUMNS);
      int c2 = scale(in.getShort(), COLUMNS);
      switch (kind % 5) {
        case 0 -> cell(sheet, r1, c1).setCellValue(r2);
        case 1 -> cell(sheet, r1, c1).setCellValue(kind % 2 == 0 ? "Dec. 31, 2013" : "Exploration");
        case 2 -> {
          CellRangeAddress range =
              new CellRangeAddress(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
          // POI counts a range's cells in an int: the whole sheet overflows it, so it is left out.
          if (merges++ < 20_000 && (r1 != r2 || c1 != c2) && range.getNumberOfCells() > 1) {
            sheet.addMergedRegionUnsafe(range);
          }
        }
        case 3 -> row(sheet, r1).setZeroHeight(true);
        default -> sheet.setColumnHidden(c1, true);
      }
    }
  }

  /** A short (0..65535) spread over {@code 0..limit-1}, reaching both ends. */
  private static int scale(short value, int limit) {
    int v = value & 0xffff;
    return (int) ((long) v * (limit - 1) / 0xffff);
  }

  private static XSSFRow row(XSSFSheet sheet, int r) {
    XSSFRow row = sheet.getRow(r);
    return row == null ? sheet.createRow(r) : row;
  }

  private static org.apache.poi.xssf.usermodel.XSSFCell cell(XSSFSheet sheet, int r, int c) {
    XSSFRow row = row(sheet, r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

}
