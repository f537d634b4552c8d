package tieout.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.google.common.collect.ImmutableList;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.RuleSet;
import tieout.rules.Severity;
import tieout.run.RunResult;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;
import tieout.testing.Results;

/** Annotation of a hand-made workbook: styles kept, comments kept, awkward sheet names. */
class WorkbookAnnotatorTest {
  static final Concept REVENUE = Concept.of("Revenues", PeriodType.DURATION, ItemType.MONETARY, Balance.CREDIT);
  static final Period FY = Period.duration(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
  static final String SHEET = "O'Brien";

  static Fact fact(String cell, String value) {
    return new Fact(REVENUE, "Acme", FY, Unit.USD, Decimals.WHOLE, Dimensions.NONE, Optional.of(new BigDecimal(value)),
        SourceRef.cell("book.xlsx", SHEET, cell));
  }

  static Finding finding(String rule, Status status, Fact... facts) {
    ImmutableList.Builder<Operand> ops = ImmutableList.builder();
    for (int i = 0; i < facts.length; i++) {
      ops.add(new Operand(i == 0 ? Operand.Side.REPORTED : Operand.Side.COMPUTED, BigDecimal.ONE, facts[i]));
    }
    boolean pass = status == Status.PASS;
    return new Finding(rule, Severity.ERROR, status, rule + " message", "Acme", FY, Dimensions.NONE,
        Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal(pass ? "100" : "75")),
        Optional.of(new BigDecimal(pass ? "0" : "25")), Optional.of(BigDecimal.ONE), Optional.empty(), ops.build());
  }

  @Test
  void onlyTheFillChangesAndExistingCommentsAreKept(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Path book = in.resolve("book.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet(SHEET);
      wb.createSheet("tieout");
      XSSFCellStyle style = wb.createCellStyle();
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      style.setFont(bold);
      style.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      style.setBorderBottom(BorderStyle.DOUBLE);
      XSSFRow row = sheet.createRow(0);
      row.createCell(0).setCellValue("Revenue");
      for (int c = 1; c <= 3; c++) {
        row.createCell(c).setCellValue(100 / c);
        row.getCell(c).setCellStyle(style);
      }
      XSSFDrawing drawing = sheet.createDrawingPatriarch();
      ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 2, 0, 5, 3);
      Comment note = drawing.createCellComment(anchor);
      note.setString(new XSSFRichTextString("Reviewed by JS"));
      row.getCell(2).setCellComment(note);
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    Fact b1 = fact("B1", "100");
    Fact c1 = fact("C1", "50");
    Fact d1 = fact("D1", "33");
    RunResult result = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()),
        Ledger.builder().add(b1).add(c1).add(d1).build(),
        ImmutableList.of(finding("R-PASS", Status.PASS, b1, c1), finding("R-FAIL", Status.FAIL, c1)));

    Annotator.Written written = Annotator.write(result, List.of(in), tmp.resolve("out"));
    assertThat(written.line(Path.of("out")), is("1 annotated copy in out: 1 cells tied, 1 in failed checks, 1 untested"));

    try (XSSFWorkbook copy = AnnotateSampleTest.open(tmp.resolve("out/book.xlsx"))) {
      XSSFSheet sheet = copy.getSheet(SHEET);
      XSSFCell green = sheet.getRow(0).getCell(1);
      XSSFCell red = sheet.getRow(0).getCell(2);
      XSSFCell untouched = sheet.getRow(0).getCell(3);
      for (XSSFCell c : List.of(green, red, untouched)) {
        assertThat(c.getCellStyle().getDataFormatString(), is("#,##0"));
        assertThat(c.getCellStyle().getFont().getBold(), is(true));
        assertThat(c.getCellStyle().getBorderBottom(), is(BorderStyle.DOUBLE));
      }
      assertThat(AnnotateSampleTest.rgb(green.getCellStyle()), is("C6EFCE"));
      assertThat(AnnotateSampleTest.rgb(red.getCellStyle()), is("FFC7CE"));
      assertThat(AnnotateSampleTest.rgb(untouched.getCellStyle()), is("none"));
      assertThat(green.getCellComment().getString().getString(),
          is("tieout: tied to\n\u2713 R-PASS 2013-01-01/2013-12-31: R-PASS message"));
      assertThat(red.getCellComment().getString().getString(), is("Reviewed by JS\n\ntieout: FAILED\n"
          + "\u2717 R-FAIL (error) 2013-01-01/2013-12-31\n  R-FAIL message\n"
          + "  reported 100, computed 75, variance 25 (tolerance 1)\n"
          + "Also tied to:\n\u2713 R-PASS 2013-01-01/2013-12-31: R-PASS message"));
      assertThat(untouched.getCellComment(), is(nullValue()));

      XSSFSheet summary = copy.getSheet("tieout (2)");
      assertThat(copy.getSheet("tieout").getPhysicalNumberOfRows(), is(0));
      assertThat(summary.getRow(2).getCell(0).getStringCellValue(), is("Cells: 1 tied (green), 1 in failed checks (red),"
          + " 1 loaded but untested (unchanged); coverage 2 of 3 facts used by evaluated checks"));
      XSSFRow failRow = summary.getRow(SummarySheet.HEADER_ROW + 1);
      assertThat(failRow.getCell(0).getStringCellValue(), is("FAIL"));
      assertThat(failRow.getCell(SummarySheet.FIRST_LINK_COLUMN).getHyperlink().getAddress(), is("'O''Brien'!C1"));
      XSSFRow passRow = summary.getRow(SummarySheet.HEADER_ROW + 2);
      assertThat(passRow.getCell(0).getStringCellValue(), is("PASS"));
      assertThat(passRow.getCell(SummarySheet.FIRST_LINK_COLUMN + 1).getHyperlink().getAddress(), is("'O''Brien'!C1"));
      XSSFRow untestedRow = summary.getRow(SummarySheet.HEADER_ROW + 5);
      assertThat(untestedRow.getCell(0).getStringCellValue(), is("untested"));
      assertThat(untestedRow.getCell(7).getStringCellValue(), is("33"));
      assertThat(untestedRow.getCell(SummarySheet.FIRST_LINK_COLUMN).getHyperlink().getAddress(), is("'O''Brien'!D1"));
    }
  }
}
