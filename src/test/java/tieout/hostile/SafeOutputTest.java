package tieout.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from the inputs that a spreadsheet would run as a formula (a leading {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) reaches the CSV report only as text: prefixed with an
 * apostrophe. Sources are a sheet name, an entity title and a rule message, the input-derived text
 * columns of the report.
 */
class SafeOutputTest {
  @TempDir Path dir;

  @Test
  void csvReportNeutralizesFormulaInjectionInEveryTextColumn() throws IOException {
    HostileRun run = new HostileRun(dir);
    Files.writeString(run.rules.resolve("injection.rules"),
        "rule INJ-1 \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\"\n  assert Receivables = PrepaidExpenses\n"
            + "rule INJ-2 \"-2+3\"\n  assert Receivables = PrepaidExpenses\n");
    byte[] workbook;
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      Sheet sheet = w.createSheet("+SUM(1)");
      sheet.createRow(0).createCell(0).setCellValue("Entity: @SUM(1+1)");
      sheet.createRow(1).createCell(1).setCellValue("December 31, 2013");
      Row receivables = sheet.createRow(2);
      receivables.createCell(0).setCellValue("Receivables");
      receivables.createCell(1).setCellValue(100);
      Row prepaid = sheet.createRow(3);
      prepaid.createCell(0).setCellValue("Prepaid expenses");
      prepaid.createCell(1).setCellValue(200);
      workbook = Workbooks.bytes(w);
    }
    Path input = run.input("=cmd.xlsx", workbook);
    Path report = run.out.resolve("report.csv");
    HostileRun.Result result = run.check(input.toString(), "--format", "csv", "--output", report.toString());
    assertThat(result.stderr(), is(""));
    assertThat(result.exit(), is(1));

    List<String> fields = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(Files.readString(report)))) {
      fields.addAll(record.toList());
    }
    for (String field : fields) {
      boolean formulaLead = !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0;
      assertThat("field read as a formula: " + field, formulaLead && !field.matches("-\\d+(\\.\\d+)?"), is(false));
    }
    assertThat(fields, hasItem("'=HYPERLINK(\"http://evil.example\",\"click\")"));
    assertThat(fields, hasItem("'-2+3"));
    assertThat(fields, hasItem("'@SUM(1+1)"));
    assertThat(fields, hasItem("Receivables=100 @ =cmd.xlsx!+SUM(1)!B3; PrepaidExpenses=200 @ =cmd.xlsx!+SUM(1)!B4"));
  }
}
