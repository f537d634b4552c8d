package tieout.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmupTest {
  @TempDir Path dir;

  @Test
  void readsEveryFilledCellOfTheBundledWorkbook() {
    // Title, merged heading, two period captions, three lines of three cells, the total and its formula.
    assertThat(Warmup.readBundledWorkbook(), is(15L));
  }

  @Test
  void worthwhileForAWorkbookOrAFolderHoldingOne() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("books"));
    Files.writeString(folder.resolve("q1.XLSX"), "");
    assertThat(Warmup.worthwhile(new String[] {"check", "--format", "json", dir.resolve("a.xlsx").toString()}), is(true));
    assertThat(Warmup.worthwhile(new String[] {"check", "--no-progress", folder.toString()}), is(true));
  }

  @Test
  void notWorthwhileForCsvOnly() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    String csv = dir.resolve("ledger.csv").toString();
    assertThat(Warmup.worthwhile(new String[] {"check", "--rules", rules.toString(), csv}), is(false));
    assertThat(Warmup.worthwhile(new String[] {"check", "--rules=" + rules, "--max-cells", "6000000", csv}), is(false));
  }

  @Test
  void withoutPathsTheDefaultSpreadsheetsFolderDecides() {
    // Tests run in the repository, whose spreadsheets/ holds the bundled workbook.
    assertThat(Warmup.worthwhile(new String[] {"check", "--rules", "rules"}), is(true));
  }
}
