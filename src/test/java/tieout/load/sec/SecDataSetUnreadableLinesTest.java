package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.load.InputProblem;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.files.LedgerLoader;
import tieout.load.files.LoadedLedger;
import tieout.taxonomy.Taxonomy;

/** A data set's bad lines are unreadable inputs; its good lines are loaded and checked. */
class SecDataSetUnreadableLinesTest {
  @TempDir Path dir;

  private static final String SUB = SecZips.lines(
      "adsh\tcik\tname\tsic\tcountryba\tform\tperiod",
      "0000002488-13-000008\t2488\tADVANCED MICRO DEVICES INC\t3674\tUS\t10-K\t20121231");

  @Test
  void badLinesAreFindingsAndGoodLinesLoad() throws IOException {
    Path zip = SecZips.write(dir.resolve("q.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tcoreg\tddate\tqtrs\tuom\tvalue\tfootnote",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t\t20121231\t0\tUSD\t5000\t",
        "0000002488-13-000008\tLiabilities\tus-gaap/2012",
        "0000002488-13-000008\tCash\tus-gaap/2012\t\t20121231\t0\tUSD\t700\t"));

    LoadedLedger loaded = LedgerLoader.load(List.of(zip), Taxonomy.builder().build(),
        LoadOptions.within(Limits.DEFAULT));

    assertThat(loaded.ledger().size(), is(2));
    assertThat(loaded.unreadable().stream().map(InputProblem::toString).toList(), contains(
        "q.zip!num.txt:3: expected 9 tab-separated fields as in the header, found 3"));
  }
}
