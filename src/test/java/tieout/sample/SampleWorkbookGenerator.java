package tieout.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the bundled sample {@code spreadsheets/entree-gold-2013.xlsx}: the MD&A tables of Entrée
 * Gold Inc. for 2013, one sheet per table, transcribed as printed in
 * {@code samples/entree-gold/entree-gold-mdna-2013.txt}.
 *
 * <p>Figures are given here as printed ("$ 1,426,239", "(294,676)", "-") and become numeric cells
 * whose number format prints them the same way; dashes stay text. Run with the output path as the
 * only argument; {@code SampleTranscriptionTest} checks the result against the MD&A text.
 */
public final class SampleWorkbookGenerator {
  /** A printed amount: optional "$ ", optional parentheses, digits with commas, optional cents. */
  private static final Pattern AMOUNT =
      Pattern.compile("(\\$ )?(\\()?(\\d{1,3}(?:,\\d{3})*)(\\.\\d+)?(\\))?");

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final CellStyle bold;

  private SampleWorkbookGenerator() {
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "spreadsheets/entree-gold-2013.xlsx");
    SampleWorkbookGenerator generator = new SampleWorkbookGenerator();
    generator.writeTables();
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (OutputStream stream = Files.newOutputStream(out)) {
      generator.workbook.write(stream);
    }
    generator.workbook.close();
  }

  private void writeTables() {
    selectedAnnual();
    resultsOfOperations();
    mineralProperties();
    quarterly2013();
    quarterly2012();
    financingActivities();
    contractualCommitments();
  }

  private void selectedAnnual() {
    SheetWriter s = new SheetWriter("Selected Annual");
    s.title("SELECTED ANNUAL FINANCIAL INFORMATION");
    s.header(
        "Year Ended December 31, 2013", "Year Ended December 31, 2012", "Year Ended December 31, 2011");
    s.row("Total Revenues", "$ -", "$ -", "$ -");
    s.row("Net Loss", "(11,422,025)", "(15,196,129)", "(17,140,208)");
    s.row("Net loss per share, basic and diluted", "(0.08)", "(0.12)", "(0.15)");
    s.row("Working capital", "46,394,496", "4,699,256", "19,004,136");
    s.row("Total assets", "97,395,105", "64,173,530", "74,589,810");
    s.row("Total long term liabilities", "50,956,860", "15,286,041", "13,720,492");
    s.note("(1) Working Capital is defined as Current Assets less Current Liabilities.");
    s.widths(42, 30, 30, 30);
  }

  private void resultsOfOperations() {
    SheetWriter s = new SheetWriter("Results of Operations");
    s.title("REVIEW OF OPERATIONS");
    s.header("Year Ended December 31, 2013", "Year Ended December 31, 2012");
    s.row("Exploration", "$ 5,808,316", "$ 7,966,902");
    s.row("General and administrative", "5,510,641", "4,295,800");
    s.row("Consultancy and advisory fees", "1,941,130", "-");
    s.row("Stock-based compensation", "1,422,297", "1,207,878");
    s.row("Impairment of mineral property interests", "437,732", "486,746");
    s.row("Current income tax expense", "319,112", "-");
    s.row("Interest expense", "260,453", "229,359");
    s.row("Loss from equity investee", "146,051", "1,012,156");
    s.row("Depreciation", "102,941", "150,654");
    s.row("Fair value adjustment of asset backed commercial papers", "(147,564)", "-");
    s.row("Interest income", "(431,596)", "(190,449)");
    s.row("Gain on sale of mineral property interest", "(451,892)", "(104,914)");
    s.row("Foreign exchange loss (gain)", "(1,113,728)", "(187,773)");
    s.row("Deferred income tax recovery", "(2,381,868)", "329,770");
    s.row("Net loss", "$ 11,422,025", "$ 15,196,129");
    s.widths(52, 30, 30);
  }

  private void mineralProperties() {
    SheetWriter s = new SheetWriter("Mineral Properties");
    s.title("REVIEW OF OPERATIONS");
    s.header("Year Ended December 31, 2013", "Year Ended December 31, 2012");
    s.row("US", "$ 3,940,264", "$ 5,857,999");
    s.row("Mongolia", "1,355,493", "1,964,883");
    s.row("Other", "807,235", "411,472");
    s.row("Total costs", "6,102,992", "8,234,354");
    s.row("Less stock-based compensation", "(294,676)", "(267,452)");
    s.row("Total expenditures, cash", "$ 5,808,316", "$ 7,966,902");
    s.widths(34, 30, 30);
  }

  private void quarterly2013() {
    SheetWriter s = new SheetWriter("Quarterly 2013");
    s.title("SELECTED QUARTERLY DATA");
    s.header(
        "Three Months Ended December 31, 2013",
        "Three Months Ended September 30, 2013",
        "Three Months Ended June 30, 2013",
        "Three Months Ended March 31, 2013");
    s.row("Exploration", "$ 1,426,239", "$ 1,168,327", "$ 1,904,636", "$ 1,603,790");
    s.row("General and administrative", "1,648,610", "1,072,706", "1,217,555", "2,802,332");
    s.row("Foreign exchange loss (gain)", "(765,656)", "662,337", "(892,725)", "(117,684)");
    s.row("Consultancy and advisory fees", "309,462", "320,567", "324,175", "986,926");
    s.row("Gain on sale of mineral property interest", "(451,892)", "-", "-", "-");
    s.row("Impairment of mineral property interests", "-", "-", "437,732", "-");
    s.row("Loss from operations", "(2,166,763)", "(3,223,937)", "(2,991,373)", "(5,275,364)");
    s.row("Interest income", "126,664", "140,418", "100,948", "63,566");
    s.row("Interest expense", "(66,331)", "(65,313)", "(64,553)", "(64,256)");
    s.row("Loss from equity investee", "(29,756)", "(23,049)", "19,683", "(112,929)");
    s.row("Fair value adjustment of asset backed commercial papers", "-", "-", "147,564", "-");
    s.row("Current income tax expense", "(319,112)", "-", "-", "-");
    s.row("Deferred income tax recovery", "1,331,336", "241,279", "512,114", "297,139");
    s.row("Net loss", "$ (1,123,962)", "$ (2,930,602)", "$ (2,275,617)", "$ (5,091,844)");
    s.row("Loss per share, basic and diluted", "$ (0.01)", "$ (0.02)", "$ (0.02)", "$ (0.04)");
    s.widths(52, 36, 36, 36, 36);
  }

  private void quarterly2012() {
    SheetWriter s = new SheetWriter("Quarterly 2012");
    s.title("SELECTED QUARTERLY DATA");
    s.header(
        "Three Months Ended December 31, 2012",
        "Three Months Ended September 30, 2012",
        "Three Months Ended June 30, 2012",
        "Three Months Ended March 31, 2012");
    s.row("Exploration", "$ 987,942", "$ 1,228,341", "$ 2,402,084", "$ 3,615,987");
    s.row("General and administrative", "1,206,757", "961,429", "1,107,937", "2,110,757");
    s.row("Foreign exchange loss (gain)", "61,536", "(354,197)", "79,550", "25,338");
    s.row("Gain on sale of mineral property interest", "-", "-", "-", "(104,914)");
    s.row("Impairment of mineral property interests", "486,746", "-", "-", "-");
    s.row("Loss from operations", "(2,742,981)", "(1,835,573)", "(3,589,571)", "(5,647,168)");
    s.row("Interest income", "22,293", "29,328", "50,710", "88,118");
    s.row("Interest expense", "(63,134)", "(58,705)", "(55,344)", "(52,176)");
    s.row("Loss from equity investee", "(281,055)", "(238,988)", "(189,507)", "(302,606)");
    s.row("Deferred income tax recovery (expense)", "(1,912,557)", "204,780", "539,007", "839,000");
    s.row("Net loss", "$ (4,977,434)", "$ (1,899,158)", "$ (3,244,705)", "$ (5,074,832)");
    s.row("Loss per share, basic and diluted", "$ (0.04)", "$ (0.01)", "$ (0.03)", "$ (0.04)");
    s.widths(52, 36, 36, 36, 36);
  }

  private void financingActivities() {
    SheetWriter s = new SheetWriter("Financing Activities");
    s.title("Financing activities");
    s.mergedHeader("Year Ended December 31, 2013", "Year Ended December 31, 2012");
    s.header("Shares", "Amount", "Shares", "Amount");
    s.row("Private placement", "17,857,142", "$ 9,722,897", "-", "$ -");
    s.row("Exercise of over allotment", "-", "-", "1,320,455", "1,628,583");
    s.row("Share issuance costs", "-", "(86,636)", "-", "(108,058)");
    // The MD&A prints the total row without a caption.
    s.row("Total", "17,857,142", "$ 9,636,261", "1,320,455", "$ 1,520,525");
    s.widths(30, 16, 16, 16, 16);
  }

  private void contractualCommitments() {
    SheetWriter s = new SheetWriter("Contractual Commitments");
    s.title("Table of Contractual Commitments");
    s.title("As at December 31, 2013");
    s.header("Less than 1 Year", "1-3 Years", "3-5 Years", "Total");
    s.row("Office leases", "$ 296,734", "$ 421,673", "$ 87,985", "$ 806,392");
    s.row("Total", "$ 296,734", "$ 421,673", "$ 87,985", "$ 806,392");
    s.widths(20, 18, 18, 18, 18);
  }

  /** The style printing a number the way {@code printed} shows it, e.g. "$ (1,234)" or "(0.08)". */
  private CellStyle amountStyle(boolean dollar, int decimals) {
    String digits = decimals == 0 ? "#,##0" : "0." + "0".repeat(decimals);
    String prefix = dollar ? "\"$ \"" : "";
    String format = prefix + digits + ";" + prefix + "(" + digits + ")";
    return styles.computeIfAbsent(
        format,
        f -> {
          CellStyle style = workbook.createCellStyle();
          style.setDataFormat(workbook.createDataFormat().getFormat(f));
          return style;
        });
  }

  /** Appends the rows of one table to a new sheet, top to bottom. */
  private final class SheetWriter {
    private final Sheet sheet;
    private int next;

    SheetWriter(String name) {
      sheet = workbook.createSheet(name);
    }

    void title(String text) {
      Cell cell = sheet.createRow(next++).createCell(0);
      cell.setCellValue(text);
      cell.setCellStyle(bold);
    }

    void header(String... captions) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < captions.length; i++) {
        Cell cell = row.createCell(i + 1);
        cell.setCellValue(captions[i]);
        cell.setCellStyle(bold);
      }
    }

    /** One caption merged over each pair of columns, e.g. a year over "Shares" and "Amount". */
    void mergedHeader(String... captions) {
      int r = next++;
      Row row = sheet.createRow(r);
      for (int i = 0; i < captions.length; i++) {
        int first = 1 + 2 * i;
        Cell cell = row.createCell(first);
        cell.setCellValue(captions[i]);
        cell.setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(r, r, first, first + 1));
      }
    }

    void row(String caption, String... printed) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(caption);
      for (int i = 0; i < printed.length; i++) {
        amount(row.createCell(i + 1), printed[i]);
      }
    }

    void note(String text) {
      sheet.createRow(next++).createCell(0).setCellValue(text);
    }

    void widths(int... characters) {
      for (int i = 0; i < characters.length; i++) {
        sheet.setColumnWidth(i, characters[i] * 256);
      }
    }

    private void amount(Cell cell, String printed) {
      if (printed.equals("-") || printed.equals("$ -")) {
        cell.setCellValue(printed); // a printed dash is a reported zero; kept as text, as printed
        return;
      }
      Matcher m = AMOUNT.matcher(printed);
      if (!m.matches() || (m.group(2) == null) != (m.group(5) == null)) {
        throw new IllegalArgumentException("not a printed amount: " + printed);
      }
      String fraction = m.group(4) == null ? "" : m.group(4);
      BigDecimal value = new BigDecimal(m.group(3).replace(",", "") + fraction);
      if (m.group(2) != null) {
        value = value.negate();
      }
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(amountStyle(m.group(1) != null, Math.max(0, fraction.length() - 1)));
    }
  }
}
