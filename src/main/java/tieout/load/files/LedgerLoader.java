package tieout.load.files;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.load.InputKind;
import tieout.load.Limits;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.load.SheetCoverage;
import tieout.load.csv.CsvGrid;
import tieout.load.csv.CsvScan;
import tieout.load.csv.CsvSurvey;
import tieout.load.csv.CsvText;
import tieout.load.csv.InputChecks;
import tieout.load.csv.PlainCsv;
import tieout.load.csv.QuickCompiler;
import tieout.load.csv.TidyCsvReader;
import tieout.load.table.AdoptedCaptions;
import tieout.load.table.EmptySheets;
import tieout.load.table.FootingTable;
import tieout.load.table.Grid;
import tieout.load.table.GridCell;
import tieout.load.table.PresentationTableReader;
import tieout.load.xbrl.FilingTaxonomy;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.load.xlsx.HiddenNotices;
import tieout.load.xlsx.StreamingXlsx;
import tieout.load.xlsx.WorkbookOpener;
import tieout.load.xlsx.XlsxGrid;
import tieout.taxonomy.Taxonomy;

/**
 * Loads spreadsheets into a {@link Ledger}: the one entry point the CLI calls.
 *
 * <p>Each path is an input file or a folder of them, as {@link Inputs} finds them ({@link InputKind}:
 * {@code .xlsx}, {@code .csv}, SEC data set {@code .zip}). Every sheet of a workbook is read, hidden ones
 * included (each hidden one that held facts is reported as a {@link Notice}), with
 * {@link PresentationTableReader}; a CSV whose header has {@code concept} and
 * {@code value} columns is read with {@link TidyCsvReader}, any other CSV as a presentation table;
 * an XBRL instance or inline document with {@link XbrlLoader}.
 *
 * <p>Inputs are only read: workbooks are opened from a stream, so POI never writes back to them.
 * Problems in the data become findings ({@link InputProblem}) and the rest is loaded; what the user
 * controls (paths, limits) is refused with one exception listing every problem.
 */
public final class LedgerLoader {
  /** Files this long (4 MB of text, some 70,000 tidy lines) are worth a second thread. */
  static final int SPLIT_AT_CHARS = 4 << 20;
  /** Files this large are first tried as plain CSV ({@link PlainCsv}): below it the saving is small. */
  public static final int PLAIN_AT_BYTES = 1 << 20;
  /**
   * Plain CSV is read in two halves at once from this size, on more than two cores, or on two when
   * the JVM compiles with its quick compiler alone (bin/tieout): otherwise the optimizing compiler,
   * busy all through a run this short, needs the other core (1,000,000 facts on two cores, with it:
   * load 1.60-1.66 s in one pass, 1.90 s in halves; without it: 1.0-1.1 s in halves, 1.3-1.4 s in
   * one pass; docs/performance.md).
   */
  static int plainSplitAtBytes() {
    return Runtime.getRuntime().availableProcessors() > 2 || QuickCompiler.only() ? SPLIT_AT_CHARS : Integer.MAX_VALUE;
  }

  private LedgerLoader() {}


  /**
   * Loads every fact of {@code paths} within the limits of the {@code tieout.max*} system properties.
   *
   * @throws UserException for a missing path, a folder without inputs, a file of another kind,
   *     an unreadable workbook, or any bad cell or line, all problems together
   */
  public static Ledger load(List<Path> paths, Taxonomy taxonomy) {
    return load(paths, taxonomy, Limits.fromSystemProperties());
  }

  /**
   * Loads every fact of {@code paths}, strictly: any problem, in the data or not, is thrown (a
   * ledger alone cannot carry the problems of what was not loaded).
   *
   * @throws UserException for a missing path, a folder without inputs, a file of another kind,
   *     an unreadable or too large workbook, a file without amounts, or any bad cell or line
   */
  public static Ledger load(List<Path> paths, Taxonomy taxonomy, Limits limits) {
    return loadWithNotices(paths, taxonomy, limits, true).ledger();
  }

  /** As {@link #loadWithNotices(List, Taxonomy, Limits, boolean)}, not strict. */
  public static LoadedLedger loadWithNotices(List<Path> paths, Taxonomy taxonomy, Limits limits) {
    return loadWithNotices(paths, taxonomy, limits, false);
  }

  /**
   * Loads every fact of {@code paths} that can be read. Problems in the data (a cell, a line, a
   * sheet, a damaged or empty file) come back as {@link LoadedLedger#unreadable()} findings, and
   * the rest is loaded; with {@code strict} they are thrown instead, as a user error.
   *
   * @throws UserException for what the user controls, all problems together: a missing path, a
   *     device, a file of another kind named directly, a folder without inputs, a limit exceeded
   */
  public static LoadedLedger loadWithNotices(List<Path> paths, Taxonomy taxonomy, Limits limits, boolean strict) {
    Problems problems = new Problems();
    List<Notice> notices = new ArrayList<>();
    Inputs inputs = Inputs.of(paths);
    inputs.refusals().forEach(d -> problems.refuse(d.location(), d.message()));
    notices.addAll(inputs.skipped());
    Ledger.Builder ledger = Ledger.builder();
    AdoptedCaptions adopted = new AdoptedCaptions();
    List<SheetCoverage> coverage = new ArrayList<>();
    List<XbrlFiling> filings = new ArrayList<>();
    List<FootingTable> footings = new ArrayList<>();
    long count = 0;
    // XBRL filings first: their labels then name their concepts in the workbooks beside them.
    List<Path> files = new ArrayList<>(inputs.files());
    files.sort(java.util.Comparator.comparing(f -> InputKind.of(f).orElseThrow() != InputKind.XBRL));
    boolean extended = false;
    for (Path file : files) {
      if (!extended && !filings.isEmpty() && InputKind.of(file).orElseThrow() != InputKind.XBRL) {
        taxonomy = FilingTaxonomy.extend(taxonomy, filings);
        extended = true;
      }
      int before = problems.size();
      int amountsBefore = problems.unreadableAmountCount();
      List<Fact> facts = loadFile(file, taxonomy, limits, problems, notices, adopted, filings, footings);
      String name = file.getFileName().toString();
      if (facts.isEmpty() && problems.size() == before) {
        problems.add(name, "expected at least one amount under a period heading (such as \"Year Ended December 31,"
            + " 2013\") or a concept,period,value line, found none: check that this is the right file");
      }
      int beforeRange = problems.size();
      InputChecks.amountsInRange(facts, problems);
      if (problems.size() > beforeRange) {
        // Reported as unreadable: such a figure must not take part in a check.
        facts = facts.stream().filter(f -> f.isNil() || !InputChecks.tooLarge(f.amount())).toList();
      }
      count += facts.size();
      if (count > limits.maxFacts()) {
        problems.refuse(name, "expected at most " + Limits.grouped(limits.maxFacts()) + " facts in one run (--max-facts),"
            + " found more by this file: check fewer files at a time or raise --max-facts");
        break;
      }
      ledger.addAll(facts);
      InputKind kind = InputKind.of(file).orElseThrow();
      if (kind != InputKind.SEC_DATA_SET && kind != InputKind.XBRL) {
        coverage.addAll(SheetCoverage.of(facts, problems.unreadableAmountsSince(amountsBefore)));
      }
    }
    if (strict || problems.refused()) {
      problems.throwIfAny();
    }
    adopted.notice().ifPresent(notices::add);
    return new LoadedLedger(ledger.build(), ImmutableList.copyOf(notices), problems.findings(),
        problems.unreadableAmounts(), ImmutableList.copyOf(coverage), ImmutableList.copyOf(footings),
        ImmutableList.copyOf(filings));
  }

  private static List<Fact> loadFile(Path file, Taxonomy taxonomy, Limits limits, Problems problems,
      List<Notice> notices, AdoptedCaptions adopted, List<XbrlFiling> filings, List<FootingTable> footings) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        problems.refuse(name, "expected a file of at most " + Limits.grouped(limits.maxFileBytes()) + " bytes"
            + " (--max-file-size), found " + Limits.grouped(size) + " bytes: split it or raise --max-file-size");
        return List.of();
      }
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
      return List.of();
    }
    try {
      return switch (InputKind.of(file).orElseThrow()) {
        case SEC_DATA_SET -> loadDataSet(file, name, taxonomy, limits, problems);
        case CSV -> loadCsv(file, name, taxonomy, limits, problems, adopted, footings);
        case XLSX -> loadWorkbook(file, name, taxonomy, problems, limits, notices, adopted, footings);
        case XBRL -> loadXbrl(file, name, taxonomy, limits, problems, notices, filings);
      };
    } finally {
      limits.progress().finish(); // also after a problem: a bar left open would garble the report
    }
  }

  /** An SEC Financial Statement Data Set: a zip with sub.txt and num.txt. */
  private static List<Fact> loadDataSet(Path file, String name, Taxonomy taxonomy, Limits limits,
      Problems problems) {
    try {
      // Bad lines are unreadable inputs; the good lines' facts are loaded.
      List<tieout.error.Diagnostic> lines = new ArrayList<>();
      List<Fact> facts = tieout.load.sec.SecDataSetReader.read(file, taxonomy, limits.maxFacts(), limits.progress(), lines);
      lines.forEach(d -> problems.add(d.location(), d.message()));
      return facts;
    } catch (UserException e) {
      problems.addAll(e);
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    }
    return List.of();
  }

  /**
   * An XBRL instance or inline document with the linkbases beside it. Its problems (a fact without
   * its context) are unreadable inputs; a document that cannot be read at all (not well-formed, a
   * DOCTYPE, not XBRL) is refused, as a file of another kind named directly is.
   */
  private static List<Fact> loadXbrl(Path file, String name, Taxonomy taxonomy, Limits limits, Problems problems,
      List<Notice> notices, List<XbrlFiling> filings) {
    try {
      XbrlFiling filing = XbrlLoader.load(file, taxonomy, limits);
      notices.addAll(filing.notices());
      filing.problems().forEach(d -> problems.add(d.location(), d.message()));
      filings.add(filing);
      return filing.facts();
    } catch (UserException e) {
      e.diagnostics().forEach(d -> problems.refuse(d.location(), d.message()));
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    }
    return List.of();
  }

  private static List<Fact> loadCsv(Path file, String name, Taxonomy taxonomy, Limits limits, Problems problems,
      AdoptedCaptions adopted, List<FootingTable> footings) {
    try {
      List<Fact> plain = loadPlainCsv(file, name, taxonomy, limits, problems);
      if (plain != null) {
        return plain;
      }
      String text = CsvText.read(file);
      if (GridCell.isBlankText(text)) {
        problems.add(name, "expected a CSV table with a header line, found an empty file");
        return List.of();
      }
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        long line = text.substring(0, nul).chars().filter(ch -> ch == '\n').count() + 1;
        problems.add(name + ":" + line, "expected text (CSV), found binary data (a NUL byte): is this really a CSV"
            + " file? Export the table again as CSV (Comma delimited)");
        return List.of();
      }
      // One streaming pass surveys the file and, when its header is tidy, reads its facts as it goes;
      // they count only if the file passes the checks the survey is for (docs/performance.md).
      // A large file without quotes is read in two halves on two threads.
      TidyCsvReader.Lines tidy = new TidyCsvReader.Lines(name, taxonomy, limits.maxCells());
      limits.progress().start(name, text.length());
      CsvSurvey survey = CsvScan.scanInHalves(name, text, SPLIT_AT_CHARS, tidy, tidy::rest, limits.progress());
      long cells = survey.cells();
      if (cells > limits.maxCells()) {
        problems.refuse(name, "expected at most " + Limits.grouped(limits.maxCells()) + " fields in a file (--max-cells),"
            + " found " + Limits.grouped(cells) + ": split the file or raise --max-cells");
        return List.of();
      }
      var delimiter = InputChecks.otherDelimiter(name, text, survey);
      if (delimiter.isPresent()) {
        // Without this a semicolon file would be one column of text: no headings, no facts, no error.
        problems.add(delimiter.get().location(), delimiter.get().message());
        return List.of();
      }
      // The first non-empty record decides the layout.
      if (tidy.isTidy()) {
        problems.addAll(tidy.problems());
        return tidy.facts();
      }
      return PresentationTableReader.read(CsvGrid.parse(name, text), taxonomy, problems, adopted, new ArrayList<>(),
          footings);
    } catch (AccessDeniedException e) {
      problems.add(name, "could not read the file: permission denied");
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    } catch (UserException e) {
      problems.addAll(e);
    }
    return List.of();
  }

  /**
   * A large tidy file without quotes, read straight from its bytes ({@link PlainCsv}); null when the
   * file is small, not plain or not tidy, for the general path to read.
   */
  private static List<Fact> loadPlainCsv(Path file, String name, Taxonomy taxonomy, Limits limits,
      Problems problems) throws IOException {
    long size = Files.size(file);
    if (size < PLAIN_AT_BYTES) {
      return null;
    }
    TidyCsvReader.Lines tidy = new TidyCsvReader.Lines(name, taxonomy, limits.maxCells());
    limits.progress().start(name, size);
    CsvSurvey survey = PlainCsv.scan(file, plainSplitAtBytes(), tidy, tidy::rest, limits.progress());
    if (survey == null) {
      return null;
    }
    // As the general path: no other delimiter can be at fault (a plain file has no ';' or tab).
    if (survey.cells() > limits.maxCells()) {
      problems.refuse(name, "expected at most " + Limits.grouped(limits.maxCells()) + " fields in a file (--max-cells),"
          + " found " + Limits.grouped(survey.cells()) + ": split the file or raise --max-cells");
      return List.of();
    }
    problems.addAll(tidy.problems());
    return tidy.facts();
  }

  private static List<Fact> loadWorkbook(Path file, String name, Taxonomy taxonomy, Problems problems, Limits limits,
      List<Notice> notices, AdoptedCaptions adopted, List<FootingTable> footings) {
    try {
      WorkbookOpener.sniff(file, name, limits);
    } catch (UserException e) {
      problems.addAll(e);
      return List.of();
    }
    // Streamed sheet by sheet (docs/performance.md). A file the streaming reader cannot read
    // (encrypted, damaged, a zip bomb, a DOCTYPE) goes through the in-memory path, which says why.
    List<Fact> streamed = new ArrayList<>();
    Problems sheetProblems = new Problems();
    long[] cells = {0};
    int footingsBefore = footings.size();
    try {
      StreamingXlsx.read(file, name, limits.progress(), sheet -> {
        cells[0] += filledCells(sheet);
        if (cells[0] > limits.maxCells()) {
          throw UserException.at(name + "!" + sheet.sheetName(), "expected at most " + Limits.grouped(limits.maxCells())
              + " cells in a workbook (--max-cells), found more by this sheet: split the workbook or raise --max-cells");
        }
        List<Notice> before = List.copyOf(notices);
        List<Fact> read = PresentationTableReader.read(sheet, taxonomy, sheetProblems, adopted, notices, footings);
        boolean explained = !notices.equals(before);
        notices.addAll(HiddenNotices.of(sheet, read));
        EmptySheets.notice(sheet, read, sheetProblems, explained).ifPresent(notices::add);
        streamed.addAll(read);
      });
      problems.addAll(sheetProblems);
      return streamed;
    } catch (UserException e) {
      problems.addAll(e);
      return List.of();
    } catch (IOException | RuntimeException e) {
      footings.subList(footingsBefore, footings.size()).clear(); // read again below
      return loadWorkbookInMemory(file, name, taxonomy, problems, limits, notices, adopted, footings);
    }
  }

  /** The cells that hold something, counted as stored: never the sheet's declared extent. */
  private static long filledCells(Grid sheet) {
    return sheet.cellCount();
  }

  /** POI's whole-workbook model: slower and larger, kept for the messages it gives on bad files. */
  public static List<Fact> loadWorkbookInMemory(Path file, String name, Taxonomy taxonomy, Problems problems, Limits limits,
      List<Notice> notices) {
    return loadWorkbookInMemory(file, name, taxonomy, problems, limits, notices, new AdoptedCaptions(),
        new ArrayList<>());
  }

  private static List<Fact> loadWorkbookInMemory(Path file, String name, Taxonomy taxonomy, Problems problems,
      Limits limits, List<Notice> notices, AdoptedCaptions adopted, List<FootingTable> footings) {
    List<XlsxGrid> sheets = new ArrayList<>();
    try (Workbook workbook = WorkbookOpener.open(file, name, limits)) {
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        sheets.add(XlsxGrid.of(name, workbook.getSheetAt(i)));
      }
    } catch (UserException e) {
      problems.addAll(e);
      return List.of();
    } catch (IOException | RuntimeException e) {
      // Closing a read-only workbook, or a sheet POI cannot walk: the file is damaged.
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      problems.add(name, "expected an Excel workbook (.xlsx), but the file is damaged (" + reason
          + "): open it in Excel and save it as an Excel Workbook");
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    for (XlsxGrid sheet : sheets) {
      List<Notice> before = List.copyOf(notices);
      List<Fact> read = PresentationTableReader.read(sheet, taxonomy, problems, adopted, notices, footings);
      boolean explained = !notices.equals(before);
      notices.addAll(HiddenNotices.of(sheet, read));
      EmptySheets.notice(sheet, read, problems, explained).ifPresent(notices::add);
      facts.addAll(read);
    }
    return facts;
  }
}
