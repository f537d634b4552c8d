package tieout.load;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tieout.taxonomy.Taxonomy;

/**
 * Reads a tiny bundled workbook on a background thread while the main thread parses the command
 * line and the rules, so that the xlsx reader's classes (POI's package layer, the SAX parser,
 * commons-compress, Log4j's lookup: some 0.3 s of class loading) are ready when the real load
 * starts. Only time is at stake: any failure here is ignored, and the real load reports problems.
 */
public final class Warmup {
  private Warmup() {}

  /**
   * Whether a command with these arguments will read a workbook: an argument naming a {@code
   * .xlsx} file or a folder holding one, or no path at all (the default {@code ./spreadsheets}).
   * For CSV-only runs the warm-up would only take a core from the real work.
   */
  public static boolean worthwhile(String[] args) {
    boolean anyPath = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("-")) {
        i += arg.contains("=") || !takesValue(arg) ? 0 : 1; // skip an option's value
        continue;
      }
      anyPath = true;
      if (holdsWorkbook(Path.of(arg))) {
        return true;
      }
    }
    return !anyPath && holdsWorkbook(Path.of("spreadsheets"));
  }

  /** Options of check, explain and narrative that take a value (flags such as --no-progress do not). */
  private static boolean takesValue(String option) {
    return !FLAGS.contains(option);
  }

  private static final java.util.Set<String> FLAGS =
      java.util.Set.of("--no-progress", "--dry-run", "-h", "--help", "-V", "--version");

  private static boolean holdsWorkbook(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (var files = Files.list(path)) {
          return files.anyMatch(Warmup::isWorkbook);
        }
      }
      return isWorkbook(path);
    } catch (Exception e) {
      return false; // the real run says what is wrong with the path
    }
  }

  private static boolean isWorkbook(Path path) {
    return path.getFileName() != null
        && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static void startInBackground() {
    Thread thread = new Thread(Warmup::readBundledWorkbook, "tieout-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /** The same steps as loading a workbook, on a three-row sheet, with an empty taxonomy. */
  static long readBundledWorkbook() {
    Path file = null;
    long[] cells = {0};
    try (InputStream in = Warmup.class.getResourceAsStream("warmup.xlsx")) {
      if (in == null) {
        return 0;
      }
      file = Files.createTempFile("tieout-warmup", ".xlsx");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      WorkbookOpener.sniff(file, "warmup.xlsx", Limits.DEFAULT);
      Taxonomy empty = Taxonomy.builder().build();
      StreamingXlsx.read(file, "warmup.xlsx", sheet -> {
        cells[0] += LedgerLoader.filledCells(sheet);
        PresentationTableReader.read(sheet, empty, new Problems());
      });
    } catch (Exception | LinkageError e) {
      // Nothing to do: the warm-up only saves time.
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (Exception e) {
          // deleteOnExit removes it at the latest.
        }
      }
    }
    return cells[0];
  }
}
