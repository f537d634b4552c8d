package tieout.load.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.load.table.AdoptedCaptions;
import tieout.load.table.EmptySheets;
import tieout.load.table.FootingTable;
import tieout.load.table.Grid;
import tieout.load.table.PresentationTableReader;
import tieout.load.table.TableRun;
import tieout.taxonomy.Taxonomy;

/**
 * An Excel workbook ({@code .xlsx}): every sheet, hidden ones included (each hidden one that held
 * facts is a {@link Notice}), read as a presentation table ({@link PresentationTableReader}).
 * Workbooks are opened from a stream, so POI never writes back to them.
 */
public final class XlsxFormat implements InputFormat {
  private final TableRun tables;

  public XlsxFormat(TableRun tables) {
    this.tables = tables;
  }

  @Override
  public InputKind kind() {
    return InputKind.XLSX;
  }

  @Override
  public List<Fact> read(Path file, Taxonomy taxonomy, LoadOptions options, Problems problems, List<Notice> notices) {
    return loadWorkbook(file, file.getFileName().toString(), taxonomy, problems, options, notices, tables.adopted(),
        tables.footings());
  }

  private static List<Fact> loadWorkbook(Path file, String name, Taxonomy taxonomy, Problems problems,
      LoadOptions options, List<Notice> notices, AdoptedCaptions adopted, List<FootingTable> footings) {
    Limits limits = options.limits();
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
      StreamingXlsx.read(file, name, options.progress(), sheet -> {
        cells[0] += filledCells(sheet);
        if (cells[0] > limits.maxCells()) {
          throw UserException.at(name + "!" + sheet.sheetName(), "expected at most " + Limits.grouped(limits.maxCells())
              + " cells in a workbook (--max-cells), found more by this sheet: split the workbook or raise --max-cells");
        }
        streamed.addAll(readSheet(sheet, taxonomy, sheetProblems, adopted, notices, footings));
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
  static List<Fact> loadWorkbookInMemory(Path file, String name, Taxonomy taxonomy, Problems problems, Limits limits,
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
      facts.addAll(readSheet(sheet, taxonomy, problems, adopted, notices, footings));
    }
    return facts;
  }

  /** One sheet's facts, with the notices of its hidden figures and, when it gave none, why. */
  private static List<Fact> readSheet(XlsxGrid sheet, Taxonomy taxonomy, Problems problems, AdoptedCaptions adopted,
      List<Notice> notices, List<FootingTable> footings) {
    List<Notice> before = List.copyOf(notices);
    List<Fact> read = PresentationTableReader.read(sheet, taxonomy, problems, adopted, notices, footings);
    boolean explained = !notices.equals(before);
    notices.addAll(HiddenNotices.of(sheet, read));
    EmptySheets.notice(sheet, read, problems, explained).ifPresent(notices::add);
    return read;
  }
}
