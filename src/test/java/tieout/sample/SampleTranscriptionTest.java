package tieout.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tieout.taxonomy.Labels;

/**
 * Checks the bundled sample against its sources: every cell of every sheet of
 * {@code spreadsheets/entree-gold-2013.xlsx} against the table as printed in the MD&A text, and
 * every figure of the tidy balance-sheet CSV against the shared balance-sheet CSV. The workbook is
 * read with POI directly, not through the tieout loader.
 */
class SampleTranscriptionTest {
  private static final Path MDNA = Path.of("samples/entree-gold/entree-gold-mdna-2013.txt");
  private static final Path BALANCE_SHEETS =
      Path.of("samples/entree-gold/entree-gold-balance-sheets-2012-2013.csv");
  private static final Path WORKBOOK = Path.of("spreadsheets/entree-gold-2013.xlsx");
  private static final Path TIDY = Path.of("spreadsheets/entree-gold-balance-sheets.csv");
  private static final Path TAXONOMY = Path.of("rules/entree-gold.taxonomy");

  private static final Pattern PRINTED_AMOUNT =
      Pattern.compile("(?:\\$ )?(\\()?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\)?");
  private static final DataFormatter FORMATTER = new DataFormatter(Locale.US);

  private static List<String> mdnaLines;
  private static Workbook workbook;

  @BeforeAll
  static void open() throws IOException {
    // The text extraction escaped every dollar sign as "\$"; the MD&A prints "$".
    mdnaLines = Files.readString(MDNA, UTF_8).replace("\\$", "$").lines().toList();
    workbook = WorkbookFactory.create(WORKBOOK.toFile(), null, true);
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  /** Each sheet and the line of the MD&A text after which its table is printed. */
  static Stream<Arguments> sheets() {
    return Stream.of(
        Arguments.of("Selected Annual", "SELECTED ANNUAL FINANCIAL INFORMATION"),
        Arguments.of("Results of Operations", "Results of operations are summarized as follows:"),
        Arguments.of("Mineral Properties", "Mineral properties expenditures are summarized as follows:"),
        Arguments.of("Quarterly 2013", "SELECTED QUARTERLY DATA"),
        Arguments.of("Quarterly 2012", "SELECTED QUARTERLY DATA"),
        Arguments.of("Financing Activities", "Financing activities"),
        Arguments.of("Contractual Commitments", "Table of Contractual Commitments"));
  }

  @Test
  void workbookHasOneSheetPerTableInOrder() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertThat(
        names,
        contains(
            "Selected Annual",
            "Results of Operations",
            "Mineral Properties",
            "Quarterly 2013",
            "Quarterly 2012",
            "Financing Activities",
            "Contractual Commitments"));
  }

  /**
   * The sheet's table, from its header row to its last row, is the MD&A table line for line: each
   * cell prints as the text prints it, numeric cells hold the printed value (parentheses negative),
   * and dashes are the text "-" or "$ -". The table in the text ends where the sheet ends.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void sheetIsTheTableAsPrinted(String sheetName, String anchor) {
    Sheet sheet = workbook.getSheet(sheetName);
    assertThat("sheet " + sheetName, sheet, notNullValue());
    int anchorLine = mdnaLines.indexOf(anchor);
    assertThat("line '" + anchor + "' in the MD&A", anchorLine, greaterThan(-1));

    int headerRow = headerRow(sheet);
    List<String> header = fields(sheet.getRow(headerRow));
    int line = anchorLine + 1;
    while (line < mdnaLines.size() && !textFields(mdnaLines.get(line)).equals(header)) {
      line++;
    }
    assertThat(sheetName + " header " + header + " after '" + anchor + "'", line, lessThan(mdnaLines.size()));

    List<Executable> checks = new ArrayList<>();
    for (int r = 0; r < headerRow; r++) {
      String title = sheet.getRow(r).getCell(0).getStringCellValue();
      String where = cellName(sheet, r, 0);
      checks.add(() -> assertThat(where + " title in the MD&A", mdnaText(), containsLowerCase(title)));
    }
    for (int r = headerRow; r <= sheet.getLastRowNum(); r++, line++) {
      Row row = sheet.getRow(r);
      if (isNote(row)) {
        while (line < mdnaLines.size() && mdnaLines.get(line).isBlank()) {
          line++; // the MD&A leaves a blank line before a footnote
        }
      }
      String printedLine = line < mdnaLines.size() ? mdnaLines.get(line) : "";
      checks.addAll(rowChecks(sheet, row, textFields(printedLine)));
    }
    String after = line < mdnaLines.size() ? mdnaLines.get(line) : "";
    checks.add(() -> assertThat(sheetName + ": the MD&A table goes on after the sheet ends", after, equalTo("")));
    assertAll(sheetName, checks);
  }

  @Test
  void financingHeaderYearsAreMergedOverSharesAndAmount() {
    Sheet sheet = workbook.getSheet("Financing Activities");
    List<String> merged = new ArrayList<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      merged.add(region.formatAsString());
    }
    assertThat(merged, containsInAnyOrder("B2:C2", "D2:E2"));
    assertThat(fields(sheet.getRow(2)), contains("", "Shares", "Amount", "Shares", "Amount"));
  }

  @Test
  void amountFormatsAreTheOnesTheLoaderReads() {
    Sheet quarterly = workbook.getSheet("Quarterly 2013");
    assertThat(formatAt(quarterly, "B3"), equalTo("\"$ \"#,##0;\"$ \"(#,##0)"));
    assertThat(formatAt(quarterly, "B4"), equalTo("#,##0;(#,##0)"));
    assertThat(formatAt(quarterly, "B17"), equalTo("\"$ \"0.00;\"$ \"(0.00)"));
    assertThat(formatAt(workbook.getSheet("Selected Annual"), "B5"), equalTo("0.00;(0.00)"));
  }

  /** Every body-row caption and every member column heading of the workbook is in the taxonomy. */
  @Test
  void everyCaptionOfTheWorkbookIsATaxonomyLabel() throws IOException {
    TaxonomyText taxonomy = TaxonomyText.read(TAXONOMY);
    List<Executable> checks = new ArrayList<>();
    for (Sheet sheet : workbook) {
      int headerRow = headerRow(sheet);
      for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (isNote(row) || fields(row).get(0).isEmpty()) {
          continue;
        }
        String caption = fields(row).get(0);
        String where = cellName(sheet, r, 0);
        checks.add(() -> assertThat(where, taxonomy.conceptsFor(caption, sheet.getSheetName()), is(not(empty()))));
      }
    }
    for (String heading : fields(workbook.getSheet("Contractual Commitments").getRow(2)).subList(1, 4)) {
      checks.add(() -> assertThat("member " + heading, taxonomy.memberCaptions, hasItem(Labels.normalize(heading))));
    }
    assertAll(checks);
  }

  @Test
  void tidyCsvHasEveryBalanceSheetFigureAndNothingElse() throws IOException {
    Map<String, BigDecimal> source = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(BALANCE_SHEETS, UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
      List<String> dates = csv.getHeaderNames().subList(2, csv.getHeaderNames().size());
      for (CSVRecord record : csv) {
        for (String date : dates) {
          String value = record.get(date);
          if (!value.isBlank()) {
            source.put(record.get("line_item") + " @ " + date, new BigDecimal(value));
          }
        }
      }
    }
    Map<String, String> tidyConcepts = new HashMap<>();
    Map<String, BigDecimal> tidy = new LinkedHashMap<>();
    List<Executable> checks = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(TIDY, UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
      assertThat(csv.getHeaderNames(), contains("concept", "period", "value", "label"));
      for (CSVRecord record : csv) {
        String key = record.get("label") + " @ " + record.get("period");
        String where = TIDY + ":" + (record.getRecordNumber() + 1);
        boolean repeated = tidy.put(key, new BigDecimal(record.get("value"))) != null;
        checks.add(() -> assertThat(where + " repeats " + key, repeated, is(false)));
        String previous = tidyConcepts.putIfAbsent(record.get("label"), record.get("concept"));
        checks.add(
            () -> assertThat(
                where + " concept of '" + record.get("label") + "'",
                record.get("concept"),
                equalTo(previous == null ? record.get("concept") : previous)));
      }
    }
    for (Map.Entry<String, BigDecimal> figure : source.entrySet()) {
      BigDecimal value = tidy.get(figure.getKey());
      checks.add(() -> assertThat("tidy figure " + figure.getKey(), value, notNullValue()));
      if (value != null) {
        checks.add(() -> assertThat("tidy figure " + figure.getKey(), value, comparesEqualTo(figure.getValue())));
      }
    }
    List<String> extra = new ArrayList<>(tidy.keySet());
    extra.removeAll(source.keySet());
    checks.add(() -> assertThat("tidy figures not in the balance sheets", extra, is(empty())));
    // 20 line items at 5 dates, less the 3 blanks of 2013-03-31.
    checks.add(() -> assertThat("tidy figure count", tidy.size(), equalTo(97)));
    assertAll(checks);
  }

  @Test
  void tidyCsvConceptsAreDeclaredWithTheLineItemAsLabel() throws IOException {
    TaxonomyText taxonomy = TaxonomyText.read(TAXONOMY);
    List<Executable> checks = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(TIDY, UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
      for (CSVRecord record : csv) {
        String where = TIDY + ":" + (record.getRecordNumber() + 1);
        checks.add(
            () -> assertThat(
                where, taxonomy.conceptsFor(record.get("label"), "balance sheet"), hasItem(record.get("concept"))));
        checks.add(() -> assertThat(where + " period", record.get("period"), is(oneOfTheDates())));
      }
    }
    assertAll(checks);
  }

  // ---- one row of a sheet against one printed line ----

  private static List<Executable> rowChecks(Sheet sheet, Row row, List<String> printed) {
    List<Executable> checks = new ArrayList<>();
    List<String> cells = fields(row);
    String sheetName = sheet.getSheetName();
    int r = row.getRowNum();
    // The financing table's total row has no caption in the MD&A; the sheet calls it "Total".
    String printedCaption = printed.get(0).isEmpty() && cells.get(0).equals("Total") ? "Total" : printed.get(0);
    checks.add(() -> assertThat(cellName(sheet, r, 0), cells.get(0), equalTo(printedCaption)));
    checks.add(
        () -> assertThat(cellName(sheet, r, 0) + " cells in row " + cells, cells.size(), equalTo(printed.size())));
    boolean body = !cells.get(0).isEmpty();
    List<Cell> amounts = amountCells(row);
    for (int i = 1; i < Math.min(cells.size(), printed.size()); i++) {
      Cell cell = amounts.get(i - 1);
      String where = cellName(sheet, r, cell.getColumnIndex());
      String expected = printed.get(i);
      checks.add(() -> assertThat(where + " as printed", FORMATTER.formatCellValue(cell), equalTo(expected)));
      if (body && cell.getCellType() == CellType.NUMERIC) {
        BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        checks.add(() -> assertThat(where + " value", value, comparesEqualTo(printedValue(where, expected))));
      } else if (body) {
        checks.add(() -> assertThat(where + " text amount", cell.getStringCellValue(), is(aDash())));
      }
    }
    return checks;
  }

  /** The printed figure as a number: "$ (1,234)" is -1234. */
  private static BigDecimal printedValue(String where, String printed) {
    Matcher m = PRINTED_AMOUNT.matcher(printed);
    assertThat(where + " printed amount '" + printed + "'", m.matches(), is(true));
    BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
    return m.group(1) != null ? value.negate() : value;
  }

  /** The first row with a caption after the label column. */
  private static int headerRow(Sheet sheet) {
    for (Row row : sheet) {
      if (fields(row).size() > 1) {
        return row.getRowNum();
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no header row");
  }

  private static boolean isNote(Row row) {
    return fields(row).size() == 1 && fields(row).get(0).startsWith("(");
  }

  /** The label cell, then every non-empty cell after it, as displayed. */
  private static List<String> fields(Row row) {
    List<String> fields = new ArrayList<>();
    fields.add(row.getCell(0) == null ? "" : FORMATTER.formatCellValue(row.getCell(0)).strip());
    amountCells(row).forEach(cell -> fields.add(FORMATTER.formatCellValue(cell).strip()));
    return fields;
  }

  /** The non-empty cells after the label column (a merged heading leaves gaps). */
  private static List<Cell> amountCells(Row row) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 1; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      if (cell != null && !FORMATTER.formatCellValue(cell).isBlank()) {
        cells.add(cell);
      }
    }
    return cells;
  }

  /** A tab-separated line of the MD&A: the caption, then every non-empty field after it. */
  private static List<String> textFields(String line) {
    String[] parts = line.split("\t", -1);
    List<String> fields = new ArrayList<>();
    fields.add(parts[0].strip());
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isBlank()) {
        fields.add(parts[i].strip());
      }
    }
    return fields;
  }

  private static String cellName(Sheet sheet, int row, int col) {
    return sheet.getSheetName() + "!" + new CellReference(row, col).formatAsString();
  }

  private static String formatAt(Sheet sheet, String ref) {
    CellReference at = new CellReference(ref);
    return sheet.getRow(at.getRow()).getCell(at.getCol()).getCellStyle().getDataFormatString();
  }

  private static String mdnaText() {
    return String.join("\n", mdnaLines).toLowerCase(Locale.ROOT);
  }

  private static org.hamcrest.Matcher<String> containsLowerCase(String text) {
    return org.hamcrest.Matchers.containsString(text.toLowerCase(Locale.ROOT));
  }

  private static org.hamcrest.Matcher<String> aDash() {
    return org.hamcrest.Matchers.oneOf("-", "$ -");
  }

  private static org.hamcrest.Matcher<String> oneOfTheDates() {
    return org.hamcrest.Matchers.oneOf("2012-12-31", "2013-03-31", "2013-06-30", "2013-09-30", "2013-12-31");
  }


  /**
   * The labels of {@code rules/entree-gold.taxonomy}, read line by line (the rule parser is not
   * used, so that this test checks the file as a controller wrote it).
   */
  private record TaxonomyText(List<String[]> labels, List<String> memberCaptions) {
    private static final Pattern CONCEPT = Pattern.compile("^concept (\\S+) .*");
    private static final Pattern LABEL = Pattern.compile("^\\s+label \"([^\"]*)\"(.*?)(?: in \"([^\"]*)\")?\\s*$");
    private static final Pattern MEMBER = Pattern.compile("^\\s+member \\S+ \"([^\"]*)\".*");

    static TaxonomyText read(Path path) throws IOException {
      List<String[]> labels = new ArrayList<>();
      List<String> members = new ArrayList<>();
      String concept = null;
      for (String line : Files.readAllLines(path, UTF_8)) {
        Matcher c = CONCEPT.matcher(line);
        Matcher l = LABEL.matcher(line);
        Matcher m = MEMBER.matcher(line);
        if (c.matches()) {
          concept = c.group(1);
        } else if (l.matches() && concept != null) {
          labels.add(new String[] {concept, Labels.normalize(l.group(1)), l.group(3)});
        } else if (m.matches()) {
          members.add(Labels.normalize(m.group(1)));
        }
      }
      return new TaxonomyText(labels, members);
    }

    /** The concepts a caption names on a sheet (a scoped label applies when the sheet name contains its scope). */
    List<String> conceptsFor(String caption, String sheetName) {
      List<String> concepts = new ArrayList<>();
      for (String[] label : labels) {
        boolean applies = label[2] == null || Labels.normalize(sheetName).contains(Labels.normalize(label[2]));
        if (label[1].equals(Labels.normalize(caption)) && applies) {
          concepts.add(label[0]);
        }
      }
      return concepts;
    }
  }
}
