package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
import tieout.narrative.NarrativeReport;
import tieout.rules.Severity;
import tieout.run.RunResult;

/**
 * One row per check (per failed check with {@link Shown#FAILED}) with the JSON report's fields; the facts are one cell listing each source,
 * and so are a failed check's explanations. Flux review rows follow the checks, marked {@code flux}
 * in the {@code section} column ({@code check} for the others); loader notices (hidden sheets, rows,
 * columns) come last, {@code section} {@code notice}, text in {@code message}, place in {@code facts};
 * before them each unreadable input ({@code section} {@code input}, status {@code UNREADABLE},
 * severity error) and each sheet's coverage ({@code section} {@code coverage}), laid out alike.
 * Text that a spreadsheet would take for a formula is prefixed with an apostrophe so that Excel
 * and LibreOffice show it as text.
 *
 * <p>The report starts with a UTF-8 byte order mark: without it Excel reads a CSV file in the
 * system's code page and shows {@code Entrée} as {@code EntrÃ©e}. {@link #withoutBom()} leaves it
 * out for tools that take the mark for part of the first column's name ({@code check --no-bom}).
 */
public final class CsvReport implements ReportFormat {
  /** U+FEFF, written as the bytes EF BB BF by a UTF-8 writer. */
  static final char BOM = '\uFEFF';
  /** Checks a block formatted on one thread ({@link InOrder}): some 75 KB of CSV. */
  private static final int BLOCK = 256;
  /** Each severity's keyword, made once: {@code Severity.keyword} makes a lower-case copy each time. */
  private static final String[] SEVERITIES =
      Arrays.stream(Severity.values()).map(Severity::keyword).toArray(String[]::new);

  private final boolean bom;

  /** A report that starts with the byte order mark. */
  public CsvReport() {
    this(true);
  }

  private CsvReport(boolean bom) {
    this.bom = bom;
  }

  /** A report without the byte order mark. */
  public static CsvReport withoutBom() {
    return new CsvReport(false);
  }

  static final String[] HEADER = {
    "rule", "severity", "status", "message", "entity", "period", "dimensions",
    "reported", "computed", "variance", "tolerance", "reason", "facts", "explanations", "section"
  };

  @Override
  public void write(RunResult result, Writer out, Shown shown) throws IOException {
    List<Finding> findings = result.findings();
    if (bom) {
      out.write(BOM);
    }
    CsvFields csv = new CsvFields(out);
    csv.record(HEADER);
    StringBuilder cell = new StringBuilder();
    PeriodText periods = new PeriodText();
    List<Finding> listed = shown.listsAll() ? findings : findings.stream().filter(shown::lists).toList();
    csv.flush(); // the header goes before the blocks
    InOrder.write(listed.size(), BLOCK, to -> {
      CsvFields rows = new CsvFields(to);
      StringBuilder text = new StringBuilder();
      PeriodText texts = new PeriodText();
      return (from, end) -> {
        for (int i = from; i < end; i++) {
          Finding f = listed.get(i);
          // Only failed checks have explanations (RunResult); the look-up hashes the whole finding.
          String explanations = f.status() == Status.FAIL ? ExplanationLines.oneLine(result.explanationsOf(f)) : "";
          print(rows, f, explanations, "check", text, texts);
        }
        rows.flush();
      };
    }, out);
    for (Finding f : result.flux()) {
      if (shown.lists(f)) {
        print(csv, f, "", "flux", cell, periods);
      }
    }
    if (result.narrative().isPresent()) {
      for (List<String> row : NarrativeReport.csvRows(result.narrative().get())) {
        for (String field : row) {
          csv.field(text(field));
        }
        csv.endRecord();
      }
    }
    for (InputProblem p : result.unreadable()) {
      // As a notice's row, with the status and severity of an error finding.
      String[] row = emptyRow("input");
      row[1] = "error";
      row[2] = InputProblem.STATUS;
      row[3] = text(p.message());
      row[12] = text(p.location());
      csv.record(row);
    }
    for (SheetCoverage c : result.coverage()) {
      String[] row = emptyRow("coverage");
      row[3] = text(c.toString());
      row[12] = text(c.sheet());
      csv.record(row);
    }
    for (Notice notice : result.notices()) {
      // The notice's text goes in "message", where it came from in "facts" (cell sources live there).
      String[] row = emptyRow("notice");
      row[3] = text(notice.message());
      row[12] = text(notice.location());
      csv.record(row);
    }
    csv.flush();
  }

  private static String[] emptyRow(String section) {
    String[] row = new String[HEADER.length];
    Arrays.fill(row, "");
    row[HEADER.length - 1] = section;
    return row;
  }

  private static void print(CsvFields csv, Finding f, String explanations, String section, StringBuilder cell,
      PeriodText periods)
      throws IOException {
    csv.field(text(f.rule()))
        .field(SEVERITIES[f.severity().ordinal()])
        .field(f.status().name())
        .field(text(f.message()))
        .field(text(f.entity()))
        .field(periods.of(f.period()))
        .field(f.dimensions().isEmpty() ? "" : text(periods.of(f.dimensions())));
    amount(csv, f.reported());
    amount(csv, f.computed());
    amount(csv, f.variance());
    amount(csv, f.tolerance());
    csv.field(text(f.reason().orElse("")));
    if (!factsInParts(csv, f.operands())) {
      csv.field(text(factsCell(f.operands(), cell)));
    }
    csv.field(text(explanations))
        .field(section);
    csv.endRecord();
  }

  /** {@code concept=value @ source; ...}, with value {@code nil} for a nil fact. */
  private static String factsCell(List<Operand> operands, StringBuilder cell) {
    cell.setLength(0);
    for (int i = 0; i < operands.size(); i++) {
      Fact fact = operands.get(i).fact();
      if (i > 0) {
        cell.append("; ");
      }
      cell.append(fact.concept().name()).append('=');
      if (fact.isNil()) {
        cell.append("nil");
      } else {
        BigDecimal amount = fact.amount();
        if (TextBuffer.isWholeLong(amount)) {
          cell.append(amount.longValue());
        } else {
          cell.append(Amounts.plain(amount));
        }
      }
      cell.append(" @ ").append(fact.source());
    }
    return cell.toString();
  }

  /**
   * The facts cell written straight into the report's bytes when it needs neither quotes nor the
   * apostrophe (its facts read from lines of text files, whole amounts): a full report's 112,000
   * cells made no string each, nor a string per source, 70 MB less garbage and so one collection
   * fewer (docs/performance.md, "Round 4"). False, nothing written, for any other: then {@link
   * #factsCell}.
   */
  private static boolean factsInParts(CsvFields csv, List<Operand> operands) throws IOException {
    int n = operands.size();
    if (n == 0) {
      return false;
    }
    String first = operands.get(0).fact().concept().name();
    if (first.isEmpty() || first.charAt(0) <= '#' || "=+-@".indexOf(first.charAt(0)) >= 0) {
      return false;
    }
    csv.beginParts();
    for (int i = 0; i < n; i++) {
      Fact fact = operands.get(i).fact();
      SourceRef source = fact.source();
      String name = fact.concept().name();
      String file = source.file();
      // room for: "; " name "=" an amount of up to 20 characters " @ " file ":" a line of up to 10 digits
      if (source.isCell() || source.line() <= 0 || 3 * (name.length() + file.length()) + 40 > csv.partsRoom()) {
        csv.abandonParts();
        return false;
      }
      if (i > 0) {
        csv.part(';');
        csv.part(' ');
      }
      if (!csv.part(name)) {
        csv.abandonParts();
        return false;
      }
      csv.part('=');
      if (fact.isNil()) {
        csv.part("nil");
      } else {
        BigDecimal amount = fact.amount();
        if (!TextBuffer.isWholeLong(amount)) {
          csv.abandonParts();
          return false;
        }
        csv.part(amount.longValue());
      }
      csv.part(' ');
      csv.part('@');
      csv.part(' ');
      if (!csv.part(file)) {
        csv.abandonParts();
        return false;
      }
      csv.part(':');
      csv.part(source.line());
    }
    return true;
  }

  private static void amount(CsvFields csv, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      csv.plain(value.get());
    } else {
      csv.field("");
    }
  }

  /** Neutralizes formula injection: =, +, -, @, tab and carriage return lead a formula in Excel. */
  static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
