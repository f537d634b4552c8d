package tieout.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary bad inputs, built in code ({@link Workbooks}), through {@code tieout check}: each ends with
 * exit 2 and exactly the expected message under {@code --strict} and, without it, with that message
 * as an unreadable finding beside the sample's checks (exit 1); paths and limits are refused (exit 2)
 * either way. Where the workbook is valid, the run ends with the facts it holds.
 * {@link HostileRun} checks that no input changed, no stack trace was printed and no report or
 * temporary file was left after a failure.
 */
class WorkbookCorpusTest {
  @TempDir Path dir;
  HostileRun run;

  @BeforeEach
  void setUp() {
    run = new HostileRun(dir);
  }

  /** A strict run ({@code --strict}): problems in the data are refused with exit 2, as before it existed. */
  private HostileRun.Result check(String name, byte[] bytes) throws IOException {
    return run.check(run.input(name, bytes).toString(), "--strict");
  }

  private void assertError(HostileRun.Result result, String message) {
    assertThat(result.stderr(), is(message + "\n"));
    assertThat(result.exit(), is(2));
    assertThat(result.reportExists(), is(false));
  }

  /**
   * The file {@code name} refused with {@code message} under {@code --strict}; without it, beside the
   * sample's files, the same message is an unreadable finding, exit 1, and the sample still checked.
   */
  private void assertUnreadable(String name, byte[] bytes, String message) throws IOException {
    assertUnreadable(name, bytes, message, 120);
  }

  /** As above, where the file's readable facts add checks to the sample's 120. */
  private void assertUnreadable(String name, byte[] bytes, String message, int checks) throws IOException {
    assertError(check(name, bytes), message);
    Path input = run.in.resolve(name);
    HostileRun.Result lenient = run.check(input.toString(), Path.of("spreadsheets").toString());
    assertThat(lenient.exit(), is(1));
    assertThat(CorpusTest.unreadable(lenient.report()), is(CorpusTest.errors(message)));
    assertThat(JsonParser.parseString(Files.readString(lenient.report())).getAsJsonObject()
        .getAsJsonObject("summary").get("checks").getAsInt(), is(checks));
  }

  /** Refused with {@code message}, with and without {@code --strict}: the user's to fix. */
  private void assertRefused(String message, String... args) {
    assertError(run.check(args), message);
    List<String> strict = new ArrayList<>(List.of(args));
    strict.add("--strict");
    assertError(run.check(strict.toArray(String[]::new)), message);
  }

  private static Cell b2(Workbook workbook) {
    return workbook.getSheetAt(0).getRow(1).createCell(1);
  }

  @Test
  void emptyFile() throws IOException {
    assertUnreadable("in.xlsx", new byte[0], "in.xlsx: error: expected an Excel workbook (.xlsx), found an empty file");
  }

  @Test
  void textRenamedToXlsx() throws IOException {
    assertUnreadable("in.xlsx", "concept,period,value\n".getBytes(),
        "in.xlsx: error: expected an Excel workbook (.xlsx), found a file that is not one (no zip archive inside;"
            + " perhaps a CSV or text file renamed to .xlsx): open it in Excel and save it as an Excel Workbook (.xlsx)");
  }

  @Test
  void truncatedZip() throws IOException {
    byte[] whole = Workbooks.receivables(w -> b2(w).setCellValue(1));
    assertUnreadable("in.xlsx", Arrays.copyOf(whole, whole.length / 2),
        "in.xlsx: error: expected an Excel workbook (.xlsx), but the file is damaged or truncated (Truncated ZIP"
            + " file): open it in Excel and save it as an Excel Workbook (.xlsx)");
  }

  @Test
  void zipBombTripsPoisInflateRatioGuard() throws IOException {
    byte[] bomb = Workbooks.rewriteSheet(Workbooks.receivables(w -> b2(w).setCellValue(1)),
        xml -> xml.replace("<sheetData>", "<!--" + " ".repeat(20_000_000) + "--><sheetData>"));
    assertThat(bomb.length < 100_000, is(true));
    assertUnreadable("in.xlsx", bomb,
        "in.xlsx: error: expected an Excel workbook, found a zip bomb: part xl/worksheets/sheet1.xml expands more"
            + " than 100 times its compressed size, which no spreadsheet does; tieout refuses to inflate it");
  }

  @Test
  void externalEntityIsNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    byte[] xxe = Workbooks.rewriteSheet(Workbooks.receivables(w -> b2(w).setCellValue("placeholder")),
        xml -> xml.replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><worksheet")
            .replace("<c r=\"B2\"", "<c r=\"B2\" t=\"inlineStr\"><is><t>&x;</t></is></c><c r=\"Z9\""));
    HostileRun.Result result = check("in.xlsx", xxe);
    assertError(result,
        "in.xlsx: error: expected an Excel workbook, found XML with a DOCTYPE declaration, which Excel never writes"
            + " and which can make a reader fetch other files (external entities); tieout refuses it: open it in"
            + " Excel and save it as an Excel Workbook (.xlsx)");
    assertThat(result.stdout() + result.stderr(), not(containsString("TOP-SECRET")));
  }

  @Test
  void passwordProtectedWorkbook() throws IOException {
    byte[] plain = Workbooks.receivables(w -> b2(w).setCellValue(1));
    assertUnreadable("in.xlsx", Workbooks.encrypted(plain, "secret"),
        "in.xlsx: error: expected an Excel workbook without a password, found a password-protected one: save a copy"
            + " without the password and load that");
  }

  @Test
  void legacyXlsIsRefusedWhateverItsName() throws IOException {
    Path xls = run.input("in.xls", Workbooks.legacyXls());
    assertRefused("$DIR/in/in.xls: error: expected a .xlsx, .csv, SEC data set .zip or XBRL .xml/.xbrl/.htm file, found 'in.xls': save it as"
        + " an Excel Workbook (.xlsx)", xls.toString());
    Files.delete(xls);
    assertUnreadable("renamed.xlsx", Workbooks.legacyXls(),
        "renamed.xlsx: error: expected an Excel workbook (.xlsx), found a legacy Excel 97-2003 workbook (.xls) or"
            + " another Office 97 file; tieout does not read .xls: open it in Excel and save it as an Excel Workbook"
            + " (.xlsx)");
  }

  @Test
  void errorCells() throws IOException {
    HostileRun.Result result = check("in.xlsx", Workbooks.receivables(w -> {
      b2(w).setCellErrorValue(FormulaError.REF.getCode());
      w.getSheetAt(0).getRow(1).createCell(2).setCellErrorValue(FormulaError.NA.getCode());
    }));
    assertThat(result.stderr(), is(
        "in.xlsx!Balance!B2: error: expected an amount for 'Receivables' (2013-12-31), found the error #REF!\n"
            + "in.xlsx!Balance!C2: error: expected an amount for 'Receivables' (2012-12-31), found the error #N/A\n"));
    assertThat(result.exit(), is(2));
  }

  @Test
  void divisionByZeroErrorCell() throws IOException {
    assertUnreadable("in.xlsx", Workbooks.receivables(w -> b2(w).setCellErrorValue(FormulaError.DIV0.getCode())),
        "in.xlsx!Balance!B2: error: expected an amount for 'Receivables' (2013-12-31), found the error #DIV/0!");
  }

  @Test
  void formulaWithoutCachedValue() throws IOException {
    assertUnreadable("in.xlsx", Workbooks.receivables(w -> b2(w).setCellFormula("C2*2")),
        "in.xlsx!Balance!B2: error: expected an amount for 'Receivables' (2013-12-31), found the formula =C2*2 without"
            + " a stored value: recalculate and save the workbook in Excel, then load it again");
  }

  @Test
  void textInAmountCell() throws IOException {
    assertUnreadable("in.xlsx", Workbooks.receivables(w -> b2(w).setCellValue("TBD")),
        "in.xlsx!Balance!B2: error: expected an amount for 'Receivables' (2013-12-31), found text \"TBD\"");
  }

  @Test
  void hugeNumber() throws IOException {
    assertUnreadable("in.xlsx", Workbooks.receivables(w -> b2(w).setCellValue(1e30)),
        "in.xlsx!Balance!B2: error: expected an amount below 10^18 for 'Receivables', found 1E+30: no financial"
            + " statement reports such a figure; check the cell's format, the table's scale and any formula");
  }

  @Test
  void sheetWithoutAmounts() throws IOException {
    assertUnreadable("in.xlsx", Workbooks.receivables(w -> { }),
        "in.xlsx: error: expected at least one amount under a period heading (such as \"Year Ended December 31,"
            + " 2013\") or a concept,period,value line, found none: check that this is the right file");
  }

  @Test
  void duplicatePeriodHeadings() throws IOException {
    assertUnreadable("in.xlsx", Workbooks.receivables(w -> {
      w.getSheetAt(0).getRow(0).getCell(2).setCellValue("December 31, 2013");
      b2(w).setCellValue(1);
    }),
        "in.xlsx!Balance!C1: error: expected each column of a table to have its own period, found column C headed like"
            + " column B (\"December 31, 2013\"): correct the heading of one of them",
        // The file's Receivables (B2) is still loaded and adds one check to the sample's.
        121);
  }

  @Test
  void numbersAsTextNonBreakingSpacesUnicodeMinusAndScientificFormatLoad() throws IOException {
    HostileRun.Result result = check("in.xlsx", Workbooks.receivables(w -> {
      b2(w).setCellValue("\u00a01,234,567\u00a0");
      w.getSheetAt(0).getRow(1).createCell(2).setCellValue("\u2212203,346");
      Row more = w.getSheetAt(0).createRow(2);
      more.createCell(0).setCellValue("Prepaid expenses");
      Cell sci = more.createCell(1);
      sci.setCellValue(1500);
      var style = w.createCellStyle();
      style.setDataFormat(w.createDataFormat().getFormat("0.00E+00"));
      sci.setCellStyle(style);
    }));
    assertThat(result.stderr(), is(""));
    String report = Files.readString(result.report());
    assertThat(report, containsString("\"value\": \"1234567\""));
    assertThat(report, containsString("\"value\": \"-203346\""));
    assertThat(report, containsString("\"value\": \"1500\""));
  }

  @Test
  void hiddenRowsAndSheetsAreLoaded() throws IOException {
    HostileRun.Result result = check("in.xlsx", Workbooks.receivables(w -> {
      b2(w).setCellValue(11);
      w.getSheetAt(0).getRow(1).setZeroHeight(true);
      Sheet hidden = w.createSheet("Hidden");
      hidden.createRow(0).createCell(1).setCellValue("December 31, 2013");
      Row row = hidden.createRow(1);
      row.createCell(0).setCellValue("Prepaid expenses");
      row.createCell(1).setCellValue(22);
      w.setSheetHidden(1, true);
    }));
    assertThat(result.stderr(), is(""));
    String report = Files.readString(result.report());
    assertThat(report, containsString("\"source\": \"in.xlsx!Balance!B2\""));
    assertThat(report, containsString("\"source\": \"in.xlsx!Hidden!B2\""));
    // Loaded, and said so.
    assertThat(report, containsString("\"location\": \"in.xlsx!Balance!2\",\n      \"message\": \"hidden row, 1 fact loaded\""));
    assertThat(report, containsString("\"location\": \"in.xlsx!Hidden\",\n      \"message\": \"hidden sheet, 1 fact loaded\""));
  }

  @Test
  void mergedHeaderCellHeadsItsFirstColumn() throws IOException {
    HostileRun.Result result = check("in.xlsx", Workbooks.receivables(w -> {
      Sheet sheet = w.getSheetAt(0);
      sheet.getRow(0).getCell(2).setBlank();
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      b2(w).setCellValue(5);
    }));
    assertThat(result.stderr(), is(""));
    assertThat(Files.readString(result.report()), containsString("\"source\": \"in.xlsx!Balance!B2\""));
  }

  @Test
  void pathsThatDoNotExistOrAreFolders() throws IOException {
    assertRefused("$DIR/missing.xlsx: error: no such file or folder", dir.resolve("missing.xlsx").toString());
    Files.createDirectories(dir.resolve("empty-folder"));
    assertRefused("$DIR/empty-folder: error: no input files in $DIR/empty-folder (tieout reads .xlsx, .csv, SEC data"
        + " set .zip, XBRL .xml/.xbrl/.htm), found none", dir.resolve("empty-folder").toString());
    Files.write(dir.resolve("empty-folder").resolve("q.xlsb"), new byte[] {1});
    Files.writeString(dir.resolve("empty-folder").resolve("notes.md"), "notes");
    assertRefused("$DIR/empty-folder: error: no input files in $DIR/empty-folder (tieout reads .xlsx, .csv, SEC data"
        + " set .zip, XBRL .xml/.xbrl/.htm), found 2 other files: notes.md, q.xlsb (save it as an Excel Workbook (.xlsx))",
        dir.resolve("empty-folder").toString());
    HostileRun.Result rules = run.check(Path.of("spreadsheets").toString(), "--rules", dir.resolve("nope").toString());
    assertThat(rules.stderr(), is(
        "$DIR/nope: error: rules folder not found: expected a folder of *.taxonomy and *.rules files; name one"
            + " with --rules DIR (tieout's own rules/us-gaap holds checks for US GAAP filings and SEC data sets)\n"));
  }

  @Test
  void outputThatIsAFolderOrAnInput() throws IOException {
    Path input = run.input("in.xlsx", Workbooks.receivables(w -> b2(w).setCellValue(1)));
    HostileRun.Result folder = run.check(input.toString(), "--output", run.out.toString());
    assertThat(folder.stderr(), is(
        "$DIR/out: error: --output names a folder; give a file name such as report.json\n"));
    assertThat(folder.exit(), is(2));
    HostileRun.Result same = run.check(input.toString(), "--output", input.toString());
    assertThat(same.stderr(), is(
        "$DIR/in/in.xlsx: error: --output would overwrite an input spreadsheet; tieout never writes to its inputs,"
            + " choose another file\n"));
  }

  @Test
  void limitsEndInClearErrors() throws IOException {
    String sample = Path.of("spreadsheets").toString();
    assertRefused("entree-gold-2013.xlsx: error: expected a file of at most 7,000 bytes (--max-file-size), found 9,480 bytes:"
            + " split it or raise --max-file-size", sample, "--max-file-size", "7k");
    assertRefused("entree-gold-2013.xlsx!Quarterly 2013: error: expected at most 100 cells in a workbook (--max-cells),"
            + " found more by this sheet: split the workbook or raise --max-cells\n"
            + "entree-gold-balance-sheets.csv: error: expected at most 100 fields in a file (--max-cells), found 392:"
            + " split the file or raise --max-cells", sample, "--max-cells", "100");
    assertRefused("entree-gold-2013.xlsx: error: expected at most 50 facts in one run (--max-facts), found more by this file:"
            + " check fewer files at a time or raise --max-facts", sample, "--max-facts", "50");
    assertError(run.check(sample, "--max-cells", "lots"),
        "--max-cells: error: expected a positive whole number such as 1000000, found \"lots\"");
  }
}
