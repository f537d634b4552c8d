package tieout.load.csv;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.LoadProgress;
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
  /**
   * Files this large are first tried as plain CSV ({@link PlainCsv}): below it the saving is small
   * (docs/performance.md#csv-readers).
   */
  static final int PLAIN_AT_BYTES = 1 << 20;

  private final TableRun tables;

  public CsvFormat(TableRun tables) {
    this.tables = tables;
  }

  @Override
  public InputKind kind() {
    return InputKind.CSV;
  }

  @Override
  public List<Fact> read(Path file, Taxonomy taxonomy, LoadOptions options, Problems problems, List<Notice> notices) {
    return loadCsv(file, file.getFileName().toString(), taxonomy, options.limits(), options.progress(), problems,
        tables.adopted(), tables.footings());
  }

  /**
   * A CSV file, read by the one pass that surveys it and, when its header is tidy, reads its facts as
   * it goes: from its bytes when it is large and plain ({@link PlainCsv}), else from its text with
   * Commons CSV ({@link CsvScan}). The facts count only if the file passes the checks the survey is
   * for (docs/performance.md#csv-readers).
   */
  private static List<Fact> loadCsv(Path file, String name, Taxonomy taxonomy, Limits limits, LoadProgress progress,
      Problems problems, AdoptedCaptions adopted, List<FootingTable> footings) {
    try {
      TidyCsvReader tidy = new TidyCsvReader(name, taxonomy, limits.maxCells());
      CsvSurvey survey = Files.size(file) < PLAIN_AT_BYTES ? null : readPlain(file, name, tidy, progress);
      String text = null;
      if (survey == null) {
        text = CsvText.read(file);
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
        tidy = new TidyCsvReader(name, taxonomy, limits.maxCells()); // the plain pass may have fed the other
        progress.start(name, text.length());
        survey = CsvScan.scan(name, text, tidy, progress);
      }
      long cells = survey.cells();
      if (cells > limits.maxCells()) {
        problems.refuse(name, "expected at most " + Limits.grouped(limits.maxCells()) + " fields in a file (--max-cells),"
            + " found " + Limits.grouped(cells) + ": split the file or raise --max-cells");
        return List.of();
      }
      // A plain file has no ';' or tab, so no other delimiter can be at fault.
      var delimiter = text == null ? Optional.<Diagnostic>empty() : OtherDelimiter.find(name, text, survey);
      if (delimiter.isPresent()) {
        // Without this a semicolon file would be one column of text: no headings, no facts, no error.
        problems.add(delimiter.get().location(), delimiter.get().message());
        return List.of();
      }
      // The first non-empty record decides the layout; a plain read is always of a tidy file.
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

  /** The survey of a plain tidy file read from its bytes into {@code tidy}; null for the general path. */
  private static CsvSurvey readPlain(Path file, String name, TidyCsvReader tidy, LoadProgress progress)
      throws IOException {
    progress.start(name, Files.size(file));
    return PlainCsv.scan(file, tidy, progress);
  }
}
