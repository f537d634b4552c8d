package tieout.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tieout.error.UserException;
import tieout.io.AtomicFile;
import tieout.run.RunResult;

/**
 * {@code tieout check --annotate OUTDIR}: writes a tick-marked copy of every input into OUTDIR,
 * each atomically, never over an input. Workbooks get fills, comments and a summary sheet; CSV
 * files get two status columns (see {@link CsvAnnotator}).
 */
public final class Annotator {
  private Annotator() {}

  /** What was written. */
  public record Written(List<Path> files, long tied, long failed, long untested) {
    /** {@code 2 annotated copies in out/: 120 cells tied, 12 in failed checks, 30 untested}. */
    public String line(Path outDir) {
      return files.size() + (files.size() == 1 ? " annotated copy" : " annotated copies") + " in " + outDir + ": "
          + tied + " cells tied, " + failed + " in failed checks, " + untested + " untested";
    }
  }

  /**
   * Checks before the run that OUTDIR may be written.
   *
   * @throws tieout.error.UserException when OUTDIR is an input folder, a file, or would hold a copy
   *     over an input
   */
  public static void checkOutputFolder(Path outDir, List<Path> inputs) {
    InputFiles.checkOutputFolder(outDir, inputs, InputFiles.of(inputs));
  }

  /** Writes the annotated copies of the files of {@code inputs} into {@code outDir}. */
  public static Written write(RunResult result, List<Path> inputs, Path outDir) throws IOException {
    List<Path> files = InputFiles.of(inputs);
    InputFiles.checkOutputFolder(outDir, inputs, files);
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw UserException.at(outDir.toString(), "could not create the --annotate folder (" + e + "): choose a folder you can write to");
    }
    Marks marks = Marks.of(result);
    Set<String> copies = new LinkedHashSet<>();
    files.forEach(f -> copies.add(f.getFileName().toString()));
    List<Path> written = new ArrayList<>();
    for (Path input : files) {
      String name = input.getFileName().toString();
      Path target = outDir.resolve(name);
      if (result.unreadable().stream().anyMatch(p -> p.location().equals(name))) {
        continue; // a damaged, encrypted or empty file: it is an unreadable finding, with nothing to mark
      }
      if (InputFiles.isCsv(input)) {
        AtomicFile.write(target, out -> CsvAnnotator.write(input, marks, out));
      } else {
        // Read into memory first: POI must never hold the input open for writing.
        byte[] bytes = Files.readAllBytes(input);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
          WorkbookAnnotator.mark(workbook, name, marks);
          new SummarySheet(workbook, name, copies).write(result, marks);
          AtomicFile.writeBytes(target, workbook::write);
        }
      }
      written.add(target);
    }
    return new Written(List.copyOf(written), marks.passedCount(), marks.failedCount(), marks.untested().size());
  }
}
