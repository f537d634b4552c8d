package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.testing.SharedData;

/**
 * {@code tieout check board-pack.xlsx filing.xml}: the workbook's captions name the filing's
 * concepts through the filing's own labels, and every figure in both that differs beyond Calculations
 * 1.1's rounding fails the DUPLICATE rule with both places: the cell and the fact.
 */
class WorkbookToFilingTest {
  @TempDir Path dir;

  /** Netflix's third quarter of 2010 as a board pack prints it, in thousands; operating income off by 2. */
  private Path boardPack(String operatingIncome) throws IOException {
    Path file = dir.resolve("board-pack.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Income");
      Row head = sheet.createRow(0);
      head.createCell(0).setCellValue("Netflix board pack (in thousands)");
      head.createCell(1).setCellValue("Three Months Ended September 30, 2010");
      String[][] lines = {
          {"Revenues", "553219"}, {"Total cost of revenues", "344469"}, {"Operating income", operatingIncome},
          {"Net income", "37967"}};
      for (int i = 0; i < lines.length; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(lines[i][0]);
        row.createCell(1).setCellValue(Double.parseDouble(lines[i][1]));
      }
      book.write(out);
    }
    return file;
  }

  @Test
  void aFigureThatDiffersFailsWithTheCellAndTheFact() throws IOException {
    Path filing = SharedData.require("data/xbrl/nflx-10q-2010q3/nflx-20100930.xml");
    CliRun run = CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", boardPack("69503").toString(),
        filing.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out(), startsWith("tieout: 65 checks: 57 passed, 1 failed, 0 warnings, 7 not evaluated\n\n"
        + "FAIL DUPLICATE (error) The same figure agrees wherever it is printed\n"
        + "     0001065280 · 2010-07-01/2010-09-30\n"
        + "     reported   69,501,000  OperatingIncomeLoss 2010-07-01/2010-09-30  nflx-20100930.xml:3925:3\n"
        + "     computed   69,503,000\n"
        + "              + 69,503,000  OperatingIncomeLoss 2010-07-01/2010-09-30  board-pack.xlsx!Income!B4\n"
        + "     variance       -2,000  tolerance 1,000\n"));
  }

  @Test
  void figuresThatAgreeWithinRoundingPass() throws IOException {
    Path filing = SharedData.require("data/xbrl/nflx-10q-2010q3/nflx-20100930.xml");
    // 69,502 thousand touches 69,501,000's interval at 69,501,500: consistent (closed intervals).
    CliRun run = CliRun.of("check", "--no-progress", "--format", "json", "--rules", "rules/us-gaap",
        boardPack("69502").toString(), filing.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.OK));
    assertThat(run.out(), containsString("\"rule\": \"DUPLICATE\""));
    assertThat(CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", boardPack("69502").toString(),
        filing.toString()).out(), startsWith("tieout: 65 checks: 58 passed, 0 failed, 0 warnings, 7 not evaluated\n"));
  }
}
