package tieout.load.xlsx;

import tieout.load.table.PresentationTables;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.ledger.Fact;
import tieout.load.Limits;
import tieout.load.Problems;
import tieout.load.table.Grid;
import tieout.load.table.PresentationTableReader;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;
import tieout.testing.SharedData;

/**
 * Differential test: the streaming (SAX) reader and POI's in-memory workbook give the same grids,
 * cell for cell (kind, text, number, number format, formula flag, cached value) with the same
 * merged regions, and the loader gives the same facts through both.
 */
class StreamingXlsxTest {
  private static final Path SAMPLE = Path.of("spreadsheets/entree-gold-2013.xlsx");
  /** Skips the test, with a reason, when ../shared is absent. */
  private static Path nick() {
    return SharedData.require("data/sec-financial-report/NICK_10-Q_FY2018Q3_Financial_Report.xlsx");
  }

  @TempDir Path temp;

  private static List<Grid> streamed(Path file) throws IOException {
    List<Grid> grids = new ArrayList<>();
    StreamingXlsx.read(file, file.getFileName().toString(), grids::add);
    return grids;
  }

  private static List<Grid> inMemory(Path file) throws IOException {
    List<Grid> grids = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        grids.add(XlsxGrid.of(file.getFileName().toString(), workbook.getSheetAt(i)));
      }
    }
    return grids;
  }

  /** Asserts equal grids; returns the number of non-empty cells compared. */
  private static int assertSameGrids(Path file) throws IOException {
    List<Grid> expected = inMemory(file);
    List<Grid> actual = streamed(file);
    assertThat(actual.size(), equalTo(expected.size()));
    int cells = 0;
    for (int s = 0; s < expected.size(); s++) {
      Grid e = expected.get(s);
      Grid a = actual.get(s);
      assertThat(a.sheetName(), equalTo(e.sheetName()));
      assertThat(e.sheetName(), a.rowCount(), equalTo(e.rowCount()));
      assertThat(e.sheetName(), a.columnCount(), equalTo(e.columnCount()));
      assertThat(e.sheetName(), a.mergedRegions(), equalTo(e.mergedRegions()));
      for (int r = 0; r < e.rowCount(); r++) {
        for (int c = 0; c < e.columnCount(); c++) {
          assertThat(e.location(r, c), a.cell(r, c), equalTo(e.cell(r, c)));
          assertThat(a.location(r, c), equalTo(e.location(r, c)));
          cells += e.cell(r, c).isEmpty() ? 0 : 1;
        }
      }
    }
    return cells;
  }

  private static void assertSameFacts(Path file, Taxonomy taxonomy, int expectedFacts) {
    String name = file.getFileName().toString();
    Problems streamedProblems = new Problems();
    Problems memoryProblems = new Problems();
    List<Fact> viaStream = new ArrayList<>();
    try {
      StreamingXlsx.read(file, name, g -> viaStream.addAll(PresentationTables.read(g, taxonomy, streamedProblems)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<Fact> viaMemory = XlsxFormat.loadWorkbookInMemory(file, name, taxonomy, memoryProblems, Limits.DEFAULT, new java.util.ArrayList<>());
    assertThat(streamedProblems.size(), equalTo(memoryProblems.size()));
    assertThat(viaStream.size(), equalTo(expectedFacts));
    // Fact is a record: concept, entity, period, unit, decimals, dimensions, value and source.
    assertThat(viaStream, equalTo(viaMemory));
  }

  @Test
  void bundledSampleGivesTheSameGridsAndFacts() throws IOException {
    assertThat(assertSameGrids(SAMPLE), greaterThan(100));
    Taxonomy taxonomy = RulesLoader.load(Path.of("rules")).taxonomy();
    assertSameFacts(SAMPLE, taxonomy, XlsxFormat.loadWorkbookInMemory(
        SAMPLE, "entree-gold-2013.xlsx", taxonomy, new Problems(), Limits.DEFAULT, new java.util.ArrayList<>()).size());
    assertThat(Runs.ledger(List.of(SAMPLE), taxonomy).size(), greaterThan(100));
  }

  @Test
  void edgarWorkbookGivesTheSameGrids() throws IOException {
    // Two-row period headers, merged title cells, "$ in Thousands", non-breaking spaces.
    assertThat(assertSameGrids(nick()), greaterThan(500));
  }

  @Test
  void generatedWorkbookGivesTheSameGridsAndFacts() throws IOException {
    Path file = Generator.write(new SyntheticLedger(2_000, 3, 7), Generator.Format.XLSX, temp);
    assertSameGrids(file);
    Taxonomy taxonomy = RulesLoader.load(temp.resolve("rules")).taxonomy();
    assertSameFacts(file, taxonomy, 2_000);
  }
}
