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
   * Whether this format's files declare concepts the other files are read with (an XBRL filing's
   * concepts and labels): such files are read first, then {@link #extendTaxonomy} runs once before
   * any other file is read.
   */
  default boolean extendsTaxonomy() {
    return false;
  }

  /** {@code taxonomy} with what this format's files read so far declare: unchanged unless said. */
  default Taxonomy extendTaxonomy(Taxonomy taxonomy) {
    return taxonomy;
  }

  /**
   * The facts of {@code file}, read within {@code options}' limits, its progress told to their
   * listener (started by the format, finished by the caller): problems in its data go to
   * {@code problems} (and the rest is read), what the reader should know to {@code notices}.
   */
  List<Fact> read(Path file, Taxonomy taxonomy, LoadOptions options, Problems problems, List<Notice> notices);
}
