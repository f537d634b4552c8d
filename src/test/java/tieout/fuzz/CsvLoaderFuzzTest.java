package tieout.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tieout.error.UserException;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.table.PresentationTables;
import tieout.load.csv.TestCsv;
import tieout.load.csv.CsvGrid;
import tieout.load.table.PresentationTableReader;
import tieout.testing.Runs;

/**
 * Fuzz target for the CSV loaders: any text, read as a tidy CSV, as a presentation table, and as
 * a file through the whole loader (encoding, blank and binary checks, the one-pass scan with its
 * field count and delimiter sniffing) against the sample taxonomy, loads or throws a {@link
 * UserException} naming the file.
 */
class CsvLoaderFuzzTest {
  private static final String FILE = "fuzz.csv";
  private static Path file;

  /** One file, rewritten for each input: the loader reads files, not texts. */
  private static synchronized Path file() throws IOException {
    if (file == null) {
      Path dir = Files.createTempDirectory("tieout-fuzz");
      dir.toFile().deleteOnExit();
      file = dir.resolve(FILE);
      file.toFile().deleteOnExit();
    }
    return file;
  }

  @FuzzTest(maxDuration = "10m")
  void load(byte[] data) {
    String text = FuzzInputs.text(data);
    try {
      TestCsv.tidyFacts(FILE, text, FuzzInputs.sampleTaxonomy());
    } catch (UserException e) {
      FuzzInputs.assertLocated(e, FILE);
    }
    try {
      PresentationTables.read(CsvGrid.parse(FILE, text), FuzzInputs.sampleTaxonomy());
    } catch (UserException e) {
      FuzzInputs.assertLocated(e, FILE);
    }
    try {
      Files.write(file(), data);
      Runs.ledger(List.of(file()), FuzzInputs.sampleTaxonomy(), LoadOptions.within(Limits.DEFAULT));
    } catch (UserException e) {
      FuzzInputs.assertLocated(e, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the temporary file, not the input: a broken test machine
    }
  }
}
