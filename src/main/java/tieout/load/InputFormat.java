package tieout.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tieout.ledger.Fact;
import tieout.taxonomy.Taxonomy;

/**
 * One kind of input file: which files it reads (by name, then by content) and how it reads one
 * into facts and findings. The formats are listed once, above their packages
 * ({@code tieout.load.files.Formats}): a new format is a new implementation, not a new branch.
 */
public interface InputFormat {
  /** The kind of file this format reads, recognised by its name ({@link InputKind#of}). */
  InputKind kind();

  /** Of a folder's files named as this kind, those that are inputs by their content: all of them unless said. */
  default List<Path> inputsAmong(List<Path> named) throws IOException {
    return named;
  }

  /** Whether the format reads sheets, whose coverage every report shows ({@link SheetCoverage}). */
  default boolean readsSheets() {
    return true;
  }

  /**
   * The facts of {@code file}, read within {@code options}' limits, its progress told to their listener
   * (started by the format, finished by the caller): problems in its data go to {@code problems} (and the rest is read),
   * what the reader should know to {@code notices}.
   */
  List<Fact> read(Path file, Taxonomy taxonomy, LoadOptions options, Problems problems, List<Notice> notices);
}
