package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tieout.engine.Finding;
import tieout.ledger.Amounts;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
import tieout.narrative.NarrativeReport;
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
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    for (Finding f : findings) {
      if (shown.lists(f)) {
        print(csv, f, ExplanationLines.oneLine(result.explanationsOf(f)), "check");
      }
    }
    for (Finding f : result.flux()) {
      if (shown.lists(f)) {
        print(csv, f, "", "flux");
      }
    }
    if (result.narrative().isPresent()) {
      for (List<String> row : NarrativeReport.csvRows(result.narrative().get())) {
        csv.printRecord(row.stream().map(CsvReport::text).toList());
      }
    }
    for (InputProblem p : result.unreadable()) {
      // As a notice's row, with the status and severity of an error finding.
      List<String> row = new ArrayList<>(Collections.nCopies(HEADER.length, ""));
      row.set(1, "error");
      row.set(2, InputProblem.STATUS);
      row.set(3, text(p.message()));
      row.set(12, text(p.location()));
      row.set(HEADER.length - 1, "input");
      csv.printRecord(row);
    }
    for (SheetCoverage c : result.coverage()) {
      List<String> row = new ArrayList<>(Collections.nCopies(HEADER.length, ""));
      row.set(3, text(c.toString()));
      row.set(12, text(c.sheet()));
      row.set(HEADER.length - 1, "coverage");
      csv.printRecord(row);
    }
    for (Notice notice : result.notices()) {
      // The notice's text goes in "message", where it came from in "facts" (cell sources live there).
      List<String> row = new ArrayList<>(Collections.nCopies(HEADER.length, ""));
      row.set(3, text(notice.message()));
      row.set(12, text(notice.location()));
      row.set(HEADER.length - 1, "notice");
      csv.printRecord(row);
    }
    csv.flush();
  }

  private static void print(CSVPrinter csv, Finding f, String explanations, String section)
      throws IOException {
    csv.printRecord(
        text(f.rule()),
        f.severity().keyword(),
        f.status().name(),
        text(f.message()),
        text(f.entity()),
        f.period().toString(),
        text(f.dimensions().toString()),
        amount(f.reported()),
        amount(f.computed()),
        amount(f.variance()),
        amount(f.tolerance()),
        text(f.reason().orElse("")),
        text(
            f.operands().stream()
                .map(o -> o.fact().concept().name() + "=" + o.fact().value().map(Amounts::plain).orElse("nil")
                    + " @ " + o.fact().source())
                .collect(Collectors.joining("; "))),
        text(explanations),
        section);
  }

  private static String amount(Optional<BigDecimal> value) {
    return value.map(Amounts::plain).orElse("");
  }

  /** Neutralizes formula injection: =, +, -, @, tab and carriage return lead a formula in Excel. */
  static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
