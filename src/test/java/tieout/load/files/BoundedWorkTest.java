package tieout.load.files;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.TestTaxonomy;

/**
 * Issue 16, item 1: work is bounded by the cells a sheet holds, never by its declared extent. A
 * small table plus one cell at XFD1048576, and a table under 10,000 merged ranges, each load in well
 * under 2 s (the timeout is generous for a shared machine; the figure is printed, see
 * docs/performance.md).
 */
class BoundedWorkTest {
  @TempDir Path dir;

  /** "Exploration" over 2013 and 2012 at B1:C2, as the sample prints it. */
  private static XSSFSheet table(XSSFWorkbook book) {
    XSSFSheet sheet = book.createSheet("Expenses");
    XSSFRow head = sheet.createRow(0);
    head.createCell(1).setCellValue("Year Ended December 31, 2013");
    head.createCell(2).setCellValue("Year Ended December 31, 2012");
    XSSFRow line = sheet.createRow(1);
    line.createCell(0).setCellValue("Exploration");
    line.createCell(1).setCellValue(1000);
    line.createCell(2).setCellValue(2000);
    return sheet;
  }

  private Path save(XSSFWorkbook book, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
    book.close();
    return file;
  }

  private static long loadMillis(Path file, int expectedFacts) {
    long start = System.nanoTime();
    LoadedLedger loaded = LedgerLoader.load(List.of(file), TestTaxonomy.entree(), LoadOptions.within(Limits.DEFAULT));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(loaded.ledger().facts().size(), is(expectedFacts));
    return millis;
  }

  @Test
  void aCellAtTheLastRowAndColumnCostsOneCell() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet sheet = table(book);
    sheet.createRow(1_048_575).createCell(16_383).setCellValue("end");
    Path file = save(book, "far-cell.xlsx");

    long millis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loadMillis(file, 2));
    System.out.println("BoundedWorkTest far cell XFD1048576: " + millis + " ms");
  }

  @Test
  void tenThousandMergedRangesAreIndexedNotScanned() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet sheet = table(book);
    for (int i = 0; i < 10_000; i++) {
      // Pairs of cells far below the table, and one range spanning every column of a row.
      sheet.addMergedRegionUnsafe(new CellRangeAddress(10 + i, 10 + i, 3, 4));
    }
    sheet.addMergedRegionUnsafe(new CellRangeAddress(20_000, 20_000, 0, 16_383));
    Path file = save(book, "merged.xlsx");

    long millis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loadMillis(file, 2));
    System.out.println("BoundedWorkTest 10,000 merged ranges: " + millis + " ms");
  }

  @Test
  void maxCellsCountsTheCellsPresentNotTheExtent() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet sheet = table(book);
    sheet.createRow(1_048_575).createCell(16_383).setCellValue("end");
    Path file = save(book, "far-cell-limit.xlsx");

    // 6 cells present: a limit of 6 passes although the extent is 17 billion cells.
    Limits limits = new Limits(100L * 1000 * 1000, 6, 1_000_000);
    assertThat(LedgerLoader.load(List.of(file), TestTaxonomy.entree(),
        LoadOptions.within(limits)).ledger().facts().size(),
        is(2));
  }
}
