package tieout.load.xlsx;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.Notice;
import tieout.load.TestTaxonomy;
import tieout.load.Workbooks;
import tieout.load.files.LedgerLoader;
import tieout.load.files.LoadedLedger;
import tieout.taxonomy.Taxonomy;

class HiddenNoticesTest {
  private final Taxonomy taxonomy = TestTaxonomy.entree();

  @TempDir Path dir;

  private List<String> notices(Path file) {
    LoadedLedger loaded = LedgerLoader.load(List.of(file), taxonomy, LoadOptions.within(Limits.fromSystemProperties()));
    return loaded.notices().stream().map(Notice::toString).toList();
  }

  @Test
  void hiddenSheetRowAndColumnAreLoadedAndReportedOnce() throws IOException {
    Path file = new Workbooks().sheet("Q2")
        .row(null, "FY2013", "FY2012", "FY2011")
        .row("Exploration", "5,808,316", "7,966,902", "1,000")
        .row("Interest income", "100", "200", "300")
        .hideLastRow()
        .row("Net loss", "-1", "-2", "-3")
        .hideColumn(3)
        .sheet("Notes")
        .row(null, "FY2013")
        .row("Exploration", "5,808,316")
        .row("Net loss", "-1")
        .hideSheet()
        .write(dir.resolve("entree.xlsx"));

    LoadedLedger loaded = LedgerLoader.load(List.of(file), taxonomy, LoadOptions.within(Limits.fromSystemProperties()));

    // Nothing hidden is dropped: 3 rows x 3 years on Q2 plus 2 on Notes.
    assertThat(loaded.ledger().facts(), hasSize(11));
    // The hidden row's D cell counts under the row, not again under the hidden column.
    assertThat(loaded.notices().stream().map(Notice::toString).toList(), contains(
        "entree.xlsx!Q2!3: hidden row, 3 facts loaded",
        "entree.xlsx!Q2!D: hidden column, 2 facts loaded",
        "entree.xlsx!Notes: hidden sheet, 2 facts loaded"));
  }

  @Test
  void hiddenPlacesWithoutFactsRaiseNoNotice() throws IOException {
    Path file = new Workbooks().sheet("Annual")
        .row(null, "FY2013")
        .row("Exploration", "5,808,316")
        .row("A memo line that is no concept")
        .hideLastRow()
        .hideColumn(5)
        .sheet("Scratch")
        .row("nothing to see")
        .hideSheet()
        .write(dir.resolve("plain.xlsx"));

    // No hidden-place notice; the scratch sheet only says that it yielded nothing (EmptySheets).
    assertThat(notices(file), contains("plain.xlsx!Scratch: no amounts read: no line caption with figures under a"
        + " period heading (such as \"Year Ended December 31, 2013\" or \"Dec. 31, 2013\") was found on this sheet"));
  }

  @Test
  void oneFactIsSingular() throws IOException {
    Path file = new Workbooks().sheet("Annual")
        .row(null, "FY2013")
        .row("Exploration", "5,808,316")
        .hideLastRow()
        .write(dir.resolve("one.xlsx"));

    assertThat(notices(file), contains("one.xlsx!Annual!2: hidden row, 1 fact loaded"));
  }
}
