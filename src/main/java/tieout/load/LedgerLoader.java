package tieout.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.taxonomy.Taxonomy;

/**
 * Loads spreadsheets into a {@link Ledger}: the one entry point the CLI calls.
 *
 * <p>Each path is a {@code .xlsx} or {@code .csv} file, or a folder whose {@code .xlsx} and
 * {@code .csv} files (not in subfolders) are loaded in name order; other files in a folder are
 * ignored, and so are Excel's lock files ({@code ~$book.xlsx}) and hidden files. A file named twice
 * (directly and through its folder) is loaded once. Every sheet of a workbook is read, hidden ones
 * included, with {@link PresentationTableReader}; a CSV whose header has {@code concept} and
 * {@code value} columns is read with {@link TidyCsvReader}, any other CSV as a presentation table.
 *
 * <p>Inputs are only read: workbooks are opened from a stream, so POI never writes back to them.
 * Problems are collected across all files and thrown together, at most 20 of them.
 */
public final class LedgerLoader {
  static {
    // POI logs through Log4j; without a provider Log4j prints "could not find a logging provider"
    // to stderr on first use, which would garble the CLI's output. Unless configured otherwise,
    // route it to Log4j's simple logger and keep it quiet: problems reach users as diagnostics.
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
  }

  private LedgerLoader() {}

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /**
   * Loads every fact of {@code paths}.
   *
   * @throws UserException for a missing path, a folder without spreadsheets, a file of another kind,
   *     an unreadable workbook, or any bad cell or line, all problems together
   */
  public static Ledger load(List<Path> paths, Taxonomy taxonomy) {
    Problems problems = new Problems();
    Ledger.Builder ledger = Ledger.builder();
    for (Path file : files(paths, problems)) {
      ledger.addAll(loadFile(file, taxonomy, problems));
    }
    problems.throwIfAny();
    return ledger.build();
  }

  private static List<Path> files(List<Path> paths, Problems problems) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      List<Path> found = new ArrayList<>();
      if (Files.isDirectory(path)) {
        found.addAll(folder(path, problems));
      } else if (Files.isRegularFile(path)) {
        if (isSpreadsheet(path)) {
          found.add(path);
        } else {
          problems.add(path.toString(), "expected a .xlsx or .csv file, found " + kindOf(path));
        }
      } else {
        problems.add(path.toString(), "no such file or folder");
      }
      for (Path file : found) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static List<Path> folder(Path folder, Problems problems) {
    List<Path> files;
    try (Stream<Path> entries = Files.list(folder)) {
      files = entries
          .filter(Files::isRegularFile)
          .filter(LedgerLoader::isSpreadsheet)
          .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      problems.add(folder.toString(), "could not list the folder: " + e.getMessage());
      return List.of();
    }
    if (files.isEmpty()) {
      problems.add(folder.toString(), "no .xlsx or .csv files in " + folder);
    }
    return files;
  }

  private static boolean isSpreadsheet(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".csv") || name.endsWith(".zip");
  }

  private static String kindOf(Path path) {
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls") || lower.endsWith(".xlsm") || lower.endsWith(".xlsb") || lower.endsWith(".ods")) {
      return "'" + name + "': save it as an Excel Workbook (.xlsx) and load that";
    }
    return "'" + name + "'";
  }

  private static List<Fact> loadFile(Path file, Taxonomy taxonomy, Problems problems) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return loadDataSet(file, name, taxonomy, problems);
    }
    return name.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? loadCsv(file, name, taxonomy, problems)
        : loadWorkbook(file, name, taxonomy, problems);
  }

  /** An SEC Financial Statement Data Set: a zip with sub.txt and num.txt. */
  private static List<Fact> loadDataSet(Path file, String name, Taxonomy taxonomy, Problems problems) {
    try {
      return tieout.sec.SecDataSetReader.read(file, taxonomy);
    } catch (UserException e) {
      problems.addAll(e);
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    }
    return List.of();
  }

  private static List<Fact> loadCsv(Path file, String name, Taxonomy taxonomy, Problems problems) {
    try {
      String text = CsvText.read(file);
      // Only the first record decides the layout: do not parse a million lines to look at one.
      Optional<CsvRecords.Line> first;
      try (CsvRecordStream records = new CsvRecordStream(name, text)) {
        first = records.hasNext() ? Optional.of(records.next()) : Optional.empty();
      }
      if (first.isPresent() && first.get().fields().size() == 1) {
        String only = first.get().fields().get(0);
        String separator = only.contains(";") ? ";" : only.contains("\t") ? "tab" : null;
        if (separator != null) {
          // Without this a semicolon file would be one column of text: no headings, no facts, no error.
          problems.add(name + ":" + first.get().number(),
              "expected comma-separated values, found fields separated by " + (separator.equals(";") ? "';'" : "tabs")
                  + ": save the file as CSV (Comma delimited)");
          return List.of();
        }
      }
      if (first.isPresent() && TidyCsvReader.isTidyHeader(first.get().fields())) {
        return TidyCsvReader.read(name, text, taxonomy, problems);
      }
      return PresentationTableReader.read(CsvGrid.parse(name, text), taxonomy, problems);
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    } catch (UserException e) {
      problems.addAll(e);
    }
    return List.of();
  }

  private static List<Fact> loadWorkbook(Path file, String name, Taxonomy taxonomy, Problems problems) {
    // Streamed sheet by sheet (docs/performance.md). A file the streaming reader cannot open
    // (encrypted, damaged, not a workbook) goes through the in-memory path, which says why.
    List<Fact> streamed = new ArrayList<>();
    Problems sheetProblems = new Problems();
    try {
      StreamingXlsx.read(file, name, sheet -> streamed.addAll(PresentationTableReader.read(sheet, taxonomy, sheetProblems)));
      problems.addAll(sheetProblems);
      return streamed;
    } catch (UserException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return loadWorkbookInMemory(file, name, taxonomy, problems);
    }
  }

  /** POI's whole-workbook model: slower and larger, kept for the messages it gives on bad files. */
  static List<Fact> loadWorkbookInMemory(Path file, String name, Taxonomy taxonomy, Problems problems) {
    List<XlsxGrid> sheets = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        sheets.add(XlsxGrid.of(name, workbook.getSheetAt(i)));
      }
    } catch (EncryptedDocumentException e) {
      problems.add(name, "expected an Excel workbook without a password, found a password-protected one:"
          + " save a copy without the password and load that");
      return List.of();
    } catch (EmptyFileException e) {
      problems.add(name, "expected an Excel workbook (.xlsx), found an empty file");
      return List.of();
    } catch (AccessDeniedException e) {
      problems.add(name, "could not read the file: permission denied");
      return List.of();
    } catch (IOException | RuntimeException e) {
      // POI reports a renamed text file, a truncated download and a damaged archive in many ways.
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      problems.add(name, "expected an Excel workbook (.xlsx), but the file is not one or is damaged (" + reason
          + "): open it in Excel and save it as an Excel Workbook");
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    for (XlsxGrid sheet : sheets) {
      facts.addAll(PresentationTableReader.read(sheet, taxonomy, problems));
    }
    return facts;
  }
}
