package tieout.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.cli.Main;
import tieout.load.csv.CsvRecords;
import tieout.load.csv.CsvText;

/**
 * Annotates the bundled sample through the CLI and checks the copy cell by cell against the JSON
 * report of the same run: red cells are exactly the cells of FAIL findings, green cells exactly the
 * other cells of PASS findings, every other cell is untouched.
 */
class AnnotateSampleTest {
  static final Path WORKBOOK = Path.of("spreadsheets/entree-gold-2013.xlsx");
  static final Path CSV = Path.of("spreadsheets/entree-gold-balance-sheets.csv");

  @TempDir static Path tmp;
  static Path out;
  static JsonArray findings;
  static Map<String, String> inputHashes = new HashMap<>();

  @BeforeAll
  static void annotate() throws Exception {
    inputHashes.put("xlsx", sha256(WORKBOOK));
    inputHashes.put("csv", sha256(CSV));
    out = tmp.resolve("annotated");
    Path json = tmp.resolve("report.json");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(
        new String[] {"check", "--annotate", out.toString(), "--format", "json", "--output", json.toString()},
        new PrintWriter(stdout), new PrintWriter(stderr));
    assertThat(stderr.toString(), code, is(1));
    assertThat(stderr.toString(), startsWith("tieout: 2 annotated copies in " + out + ": "));
    findings = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("findings");
  }

  /** Sources ({@code file!Sheet!C7} or {@code file:7}) of the findings with this status. */
  static Set<String> sources(String status) {
    Set<String> s = new LinkedHashSet<>();
    for (JsonElement e : findings) {
      JsonObject f = e.getAsJsonObject();
      if (f.get("status").getAsString().equals(status)) {
        for (JsonElement fact : f.getAsJsonArray("facts")) {
          s.add(fact.getAsJsonObject().get("source").getAsString());
        }
      }
    }
    return s;
  }

  static String rgb(XSSFCellStyle style) {
    XSSFColor color = style.getFillForegroundXSSFColor();
    return color == null || color.getRGB() == null ? "none" : HexFormat.of().withUpperCase().formatHex(color.getRGB());
  }

  @Test
  void greenAndRedCellsAreExactlyThoseOfPassedAndFailedChecks() throws Exception {
    Set<String> red = sources("FAIL");
    Set<String> green = sources("PASS");
    green.removeAll(red);
    assertThat(red, not(empty()));
    assertThat(green, not(empty()));
    Set<String> seenRed = new LinkedHashSet<>();
    Set<String> seenGreen = new LinkedHashSet<>();
    String file = WORKBOOK.getFileName().toString();
    try (XSSFWorkbook original = open(WORKBOOK);
        XSSFWorkbook copy = open(out.resolve(file))) {
      assertThat(copy.getNumberOfSheets(), is(original.getNumberOfSheets() + 1));
      for (int i = 0; i < original.getNumberOfSheets(); i++) {
        XSSFSheet before = original.getSheetAt(i);
        XSSFSheet after = copy.getSheetAt(i);
        assertThat(after.getSheetName(), is(before.getSheetName()));
        for (Row row : before) {
          for (Cell c : row) {
            XSSFCell was = (XSSFCell) c;
            XSSFCell now = after.getRow(row.getRowNum()).getCell(c.getColumnIndex());
            String source = file + "!" + before.getSheetName() + "!" + was.getAddress().formatAsString();
            // The cell's value and number format are kept whatever its colour.
            assertThat(source, now.toString(), is(was.toString()));
            assertThat(source, now.getCellStyle().getDataFormatString(), is(was.getCellStyle().getDataFormatString()));
            assertThat(source, now.getCellStyle().getFont().getBold(), is(was.getCellStyle().getFont().getBold()));
            if (red.contains(source)) {
              seenRed.add(source);
              assertThat(source, now.getCellStyle().getFillPattern(), is(FillPatternType.SOLID_FOREGROUND));
              assertThat(source, rgb(now.getCellStyle()), is("FFC7CE"));
              String comment = now.getCellComment().getString().getString();
              assertThat(source, comment, startsWith("tieout: FAILED\n"));
              for (JsonObject f : findingsWith(source, "FAIL")) {
                assertThat(source, comment, containsString(f.get("rule").getAsString() + " (error) " + f.get("period").getAsString()));
                assertThat(source, comment, containsString("variance " + grouped(f.get("variance").getAsString())));
                assertThat(source, comment, containsString(f.get("message").getAsString()));
              }
            } else if (green.contains(source)) {
              seenGreen.add(source);
              assertThat(source, rgb(now.getCellStyle()), is("C6EFCE"));
              String comment = now.getCellComment().getString().getString();
              assertThat(source, comment, startsWith("tieout: tied to\n"));
              for (JsonObject f : findingsWith(source, "PASS")) {
                assertThat(source, comment, containsString(f.get("rule").getAsString() + " " + f.get("period").getAsString()));
              }
            } else {
              assertThat(source, now.getCellStyle().getFillPattern(), is(was.getCellStyle().getFillPattern()));
              assertThat(source, rgb(now.getCellStyle()), is(rgb(was.getCellStyle())));
              assertThat(source, now.getCellComment(), is(nullValue()));
            }
          }
        }
      }
    }
    Set<String> redInWorkbook = new LinkedHashSet<>(red);
    redInWorkbook.removeIf(s -> !s.startsWith(file + "!"));
    Set<String> greenInWorkbook = new LinkedHashSet<>(green);
    greenInWorkbook.removeIf(s -> !s.startsWith(file + "!"));
    assertThat(seenRed, equalTo(redInWorkbook));
    assertThat(seenGreen, equalTo(greenInWorkbook));
  }

  @Test
  void summarySheetListsEveryCheckFailedFirstWithLinksToEachCell() throws Exception {
    String file = WORKBOOK.getFileName().toString();
    try (XSSFWorkbook copy = open(out.resolve(file))) {
      XSSFSheet summary = copy.getSheet("tieout");
      assertThat(summary, is(notNullValue()));
      assertThat(copy.getActiveSheetIndex(), is(copy.getSheetIndex(summary)));
      assertThat(text(summary, 1, 0), is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated"));
      List<String> header = new ArrayList<>();
      summary.getRow(SummarySheet.HEADER_ROW).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header, equalTo(Arrays.asList(SummarySheet.HEADER)));
      List<JsonObject> expected = new ArrayList<>();
      for (String status : List.of("FAIL", "PASS", "NOT_EVALUATED")) {
        findings.forEach(e -> {
          if (e.getAsJsonObject().get("status").getAsString().equals(status)) {
            expected.add(e.getAsJsonObject());
          }
        });
      }
      int r = SummarySheet.HEADER_ROW + 1;
      for (JsonObject f : expected) {
        String where = "summary row " + (r + 1);
        assertThat(where, text(summary, r, 0), is(f.get("status").getAsString()));
        assertThat(where, text(summary, r, 1), is(f.get("rule").getAsString()));
        assertThat(where, text(summary, r, 3), is(f.get("period").getAsString()));
        assertThat(where, text(summary, r, 6), is(f.get("message").getAsString()));
        assertThat(where, text(summary, r, 9), is(f.has("variance") ? grouped(f.get("variance").getAsString()) : "-"));
        int c = SummarySheet.FIRST_LINK_COLUMN;
        for (String source : new LinkedHashSet<>(factSources(f))) {
          XSSFCell cell = summary.getRow(r).getCell(c++);
          XSSFHyperlink link = cell.getHyperlink();
          assertThat(where + " " + source, link, is(notNullValue()));
          if (source.startsWith(file + "!")) {
            String[] parts = source.split("!");
            assertThat(cell.getStringCellValue(), is(parts[1] + "!" + parts[2]));
            assertThat(link.getType(), is(HyperlinkType.DOCUMENT));
            assertThat(link.getAddress(), is("'" + parts[1] + "'!" + parts[2]));
            // The link leads to a cell that holds the figure.
            assertThat(copy.getSheet(parts[1]), is(notNullValue()));
          } else {
            assertThat(cell.getStringCellValue(), is(source));
            assertThat(link.getType(), is(HyperlinkType.FILE));
            assertThat(link.getAddress(), is(source.substring(0, source.indexOf(':'))));
          }
        }
        assertThat(where, summary.getRow(r).getCell(c), is(nullValue()));
        r++;
      }
    }
  }

  @Test
  void csvCopyHasAStatusPerLineMatchingTheReport() throws Exception {
    String file = CSV.getFileName().toString();
    Set<String> red = sources("FAIL");
    Set<String> green = sources("PASS");
    CsvRecords copy = CsvRecords.parse(file, CsvText.read(out.resolve(file)), true);
    CsvRecords original = CsvRecords.parse(file, CsvText.read(CSV), true);
    assertThat(copy.lines().size(), is(original.lines().size()));
    assertThat(copy.lines().get(0).fields().subList(4, 6), equalTo(List.of("tieout status", "tieout checks")));
    int statuses = 0;
    for (int i = 1; i < copy.lines().size(); i++) {
      CsvRecords.Line line = copy.lines().get(i);
      String source = file + ":" + line.number();
      assertThat(source, line.fields().subList(0, 4), equalTo(original.lines().get(i).fields()));
      String expected = red.contains(source) ? "FAIL" : green.contains(source) ? "PASS" : "untested";
      assertThat(source, line.fields().get(4), is(expected));
      statuses++;
    }
    assertThat(statuses, is(original.lines().size() - 1));
  }

  @Test
  void inputsAreNeverWritten() throws Exception {
    assertThat(sha256(WORKBOOK), is(inputHashes.get("xlsx")));
    assertThat(sha256(CSV), is(inputHashes.get("csv")));
  }

  @Test
  void anInputFolderAsOutdirIsAnErrorNamingTheFolder() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--annotate", "spreadsheets"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code, is(2));
    assertThat(err.toString(), is("spreadsheets: error: --annotate names an input folder; tieout never writes over its inputs:"
        + " choose another folder, such as annotated/\n"));
  }

  @Test
  void anOutdirHoldingAnInputFileIsAnError() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "spreadsheets/entree-gold-2013.xlsx", "--annotate", "spreadsheets/"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code, is(2));
    assertThat(err.toString(), is("spreadsheets: error: --annotate would write over the input spreadsheets/entree-gold-2013.xlsx;"
        + " tieout never writes over its inputs: choose another folder, such as annotated/\n"));
  }

  @Test
  void aFileAsOutdirIsAnError() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--annotate", "README.md"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code, is(2));
    assertThat(err.toString(), is("README.md: error: --annotate expects a folder, found a file: name a folder such as annotated/\n"));
  }

  private static List<JsonObject> findingsWith(String source, String status) {
    List<JsonObject> list = new ArrayList<>();
    for (JsonElement e : findings) {
      JsonObject f = e.getAsJsonObject();
      if (f.get("status").getAsString().equals(status) && factSources(f).contains(source)) {
        list.add(f);
      }
    }
    assertThat(source, list, not(empty()));
    return list;
  }

  private static List<String> factSources(JsonObject f) {
    List<String> s = new ArrayList<>();
    f.getAsJsonArray("facts").forEach(x -> s.add(x.getAsJsonObject().get("source").getAsString()));
    return s;
  }

  private static String grouped(String plain) {
    return tieout.ledger.Amounts.format(new java.math.BigDecimal(plain));
  }

  private static String text(XSSFSheet sheet, int row, int col) {
    XSSFRow r = sheet.getRow(row);
    return r == null || r.getCell(col) == null ? null : r.getCell(col).getStringCellValue();
  }

  static XSSFWorkbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }

  static String sha256(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
