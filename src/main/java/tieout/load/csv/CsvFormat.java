package tieout.load.csv;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.Limits;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.load.table.AdoptedCaptions;
import tieout.load.table.FootingTable;
import tieout.load.table.GridCell;
import tieout.load.table.PresentationTableReader;
import tieout.load.table.TableRun;
import tieout.taxonomy.Taxonomy;

/**
 * A {@code .csv} file: a header with {@code concept} and {@code value} columns is the tidy layout
 * ({@link TidyCsvReader}), any other a presentation table ({@link PresentationTableReader}).
 */
public final class CsvFormat implements InputFormat {
  /** Files this long (4 MB of text, some 70,000 tidy lines) are worth a second thread. */
  static final int SPLIT_AT_CHARS = 4 << 20;
  /** Files this large are first tried as plain CSV ({@link PlainCsv}): below it the saving is small. */
  static final int PLAIN_AT_BYTES = 1 << 20;
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

  private final TableRun tables;

  public CsvFormat(TableRun tables) {
    this.tables = tables;
  }

  @Override
  public InputKind kind() {
    return InputKind.CSV;
  }

  @Override
  public List<Fact> read(Path file, Taxonomy taxonomy, Limits limits, Problems problems, List<Notice> notices) {
    return loadCsv(file, file.getFileName().toString(), taxonomy, limits, problems, tables.adopted(), tables.footings());
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
}
