package tieout.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;
import tieout.report.Summary;
import tieout.run.RunResult;

/**
 * The sheet "tieout" added to each annotated copy: the run's counts and coverage, every check
 * (failed first) with its status, figures and a link to each of its cells, then the untested cells.
 * Amounts are written as text exactly as the reports print them, so no figure passes through a
 * binary floating-point number.
 */
final class SummarySheet {
  static final String NAME = "tieout";
  static final String[] HEADER = {
    "Status", "Rule", "Severity", "Period", "Entity", "Dimensions", "Message",
    "Reported", "Computed", "Variance", "Tolerance", "Reason", "Cells"
  };
  /** Column of the first cell link. */
  static final int FIRST_LINK_COLUMN = HEADER.length - 1;
  /** Row (0-based) of the table's header. */
  static final int HEADER_ROW = 4;

  private final XSSFWorkbook workbook;
  private final String fileName;
  private final Set<String> copies;
  private final XSSFCellStyle bold;
  private final XSSFCellStyle link;
  private final XSSFCellStyle amount;
  private final XSSFCellStyle pass;
  private final XSSFCellStyle fail;

  /**
   * @param copies the file names written to the output folder, which cells of other files link to
   */
  SummarySheet(XSSFWorkbook workbook, String fileName, Set<String> copies) {
    this.workbook = workbook;
    this.fileName = fileName;
    this.copies = copies;
    XSSFFont boldFont = workbook.createFont();
    boldFont.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    XSSFFont linkFont = workbook.createFont();
    linkFont.setUnderline(XSSFFont.U_SINGLE);
    linkFont.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}, null));
    link = workbook.createCellStyle();
    link.setFont(linkFont);
    amount = workbook.createCellStyle();
    amount.setAlignment(HorizontalAlignment.RIGHT);
    pass = filled(FillStyles.GREEN, boldFont);
    fail = filled(FillStyles.RED, boldFont);
  }

  /** A sheet name not yet used in the workbook: "tieout", else "tieout (2)", ... */
  static String freeName(XSSFWorkbook workbook) {
    String name = NAME;
    for (int i = 2; workbook.getSheet(name) != null; i++) {
      name = NAME + " (" + i + ")";
    }
    return name;
  }

  /** Adds the sheet and makes it the one the workbook opens on. */
  XSSFSheet write(RunResult result, Marks marks) {
    XSSFSheet sheet = workbook.createSheet(freeName(workbook));
    int r = 0;
    cell(sheet, r++, 0, "tieout check: annotated copy of " + fileName, bold);
    cell(sheet, r++, 0, "tieout: " + Summary.of(result.findings()).line(), null);
    long used = result.ledger().size() - marks.untested().size();
    cell(sheet, r++, 0, "Cells: " + marks.passedCount() + " tied (green), " + marks.failedCount()
        + " in failed checks (red), " + marks.untested().size() + " loaded but untested (unchanged); coverage "
        + used + " of " + result.ledger().size() + " facts used by evaluated checks", null);
    r++;
    XSSFRow header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < HEADER.length; c++) {
      cell(sheet, header.getRowNum(), c, HEADER[c], bold);
    }
    r = HEADER_ROW + 1;
    for (Finding f : ordered(result.findings())) {
      writeFinding(sheet, r++, f);
    }
    r++;
    cell(sheet, r++, 0, "Untested cells (loaded, used by no evaluated check): " + marks.untested().size(), bold);
    for (Fact fact : marks.untested()) {
      cell(sheet, r, 0, "untested", null);
      cell(sheet, r, 1, fact.concept().name(), null);
      cell(sheet, r, 3, fact.period().toString(), null);
      cell(sheet, r, 4, fact.entity(), null);
      cell(sheet, r, 5, fact.dimensions().toString(), null);
      cell(sheet, r, 7, fact.value().map(Amounts::format).orElse("nil"), amount);
      linkCell(sheet, r, FIRST_LINK_COLUMN, fact.source());
      r++;
    }
    int[] widths = {10, 14, 9, 24, 18, 14, 48, 14, 14, 12, 10, 40};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    int index = workbook.getSheetIndex(sheet);
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      workbook.getSheetAt(i).setSelected(i == index);
    }
    workbook.setActiveSheet(index);
    return sheet;
  }

  /** Failed checks first, then passed, then not evaluated; the engine's order within each. */
  static List<Finding> ordered(List<Finding> findings) {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparingInt(f -> switch (f.status()) {
      case FAIL -> 0;
      case PASS -> 1;
      case NOT_EVALUATED -> 2;
    }));
    return ordered;
  }

  private void writeFinding(XSSFSheet sheet, int r, Finding f) {
    cell(sheet, r, 0, f.status().name(), f.status() == Status.FAIL ? fail : f.status() == Status.PASS ? pass : null);
    cell(sheet, r, 1, f.rule(), null);
    cell(sheet, r, 2, f.severity().keyword(), null);
    cell(sheet, r, 3, f.period().toString(), null);
    cell(sheet, r, 4, f.entity(), null);
    cell(sheet, r, 5, f.dimensions().toString(), null);
    cell(sheet, r, 6, f.message(), null);
    cell(sheet, r, 7, MarkText.amount(f.reported()), amount);
    cell(sheet, r, 8, MarkText.amount(f.computed()), amount);
    cell(sheet, r, 9, MarkText.amount(f.variance()), amount);
    cell(sheet, r, 10, MarkText.amount(f.tolerance()), amount);
    cell(sheet, r, 11, f.reason().orElse(""), null);
    Set<SourceRef> sources = new LinkedHashSet<>();
    for (Operand o : f.operands()) {
      sources.add(o.fact().source());
    }
    int c = FIRST_LINK_COLUMN;
    for (SourceRef s : sources) {
      linkCell(sheet, r, c++, s);
    }
  }

  /** The source's name, linked to the cell: inside this workbook, or in the copy of another file. */
  private void linkCell(XSSFSheet sheet, int r, int c, SourceRef source) {
    boolean here = source.file().equals(fileName) && source.isCell();
    XSSFCell cell = cell(sheet, r, c, here ? source.sheet().orElseThrow() + "!" + source.cell().orElseThrow()
        : source.toString(), null);
    XSSFHyperlink hyperlink = null;
    if (here) {
      hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      hyperlink.setAddress(internalAddress(source));
    } else if (copies.contains(source.file())) {
      hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
      hyperlink.setAddress(source.file());
      if (source.isCell()) {
        hyperlink.setLocation(internalAddress(source));
      }
    }
    if (hyperlink != null) {
      cell.setHyperlink(hyperlink);
      cell.setCellStyle(link);
    }
  }

  /** {@code 'Quarterly 2013'!B3}: the sheet name always quoted, its quotes doubled. */
  static String internalAddress(SourceRef source) {
    return "'" + source.sheet().orElseThrow().replace("'", "''") + "'!" + source.cell().orElseThrow();
  }

  private static XSSFCell cell(XSSFSheet sheet, int r, int c, String text, XSSFCellStyle style) {
    XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    XSSFCell cell = row.createCell(c);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  private XSSFCellStyle filled(byte[] rgb, XSSFFont font) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(new XSSFColor(rgb, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}
