package tieout.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import tieout.error.UserException;
import tieout.load.CsvGrid;
import tieout.load.PresentationTableReader;
import tieout.load.TidyCsvReader;

/**
 * Fuzz target for the CSV loaders: any text, read both as a tidy CSV and as a presentation table
 * against the sample taxonomy, loads or throws a {@link UserException} naming the file.
 */
class CsvLoaderFuzzTest {
  private static final String FILE = "fuzz.csv";

  @FuzzTest(maxDuration = "10m")
  void load(byte[] data) {
    String text = FuzzInputs.text(data);
    try {
      TidyCsvReader.read(FILE, text, FuzzInputs.sampleTaxonomy());
    } catch (UserException e) {
      FuzzInputs.assertLocated(e, FILE);
    }
    try {
      PresentationTableReader.read(CsvGrid.parse(FILE, text), FuzzInputs.sampleTaxonomy());
    } catch (UserException e) {
      FuzzInputs.assertLocated(e, FILE);
    }
  }
}
