package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.load.sec.SecZips;

/** {@code --no-progress} and a load message as the CLI prints them: nothing else on stderr. */
class ProgressOptionTest {
  @TempDir Path dir;

  @Test
  void checkAndExplainTakeNoProgress() {
    CliRun check = CliRun.of("check", "--no-progress");
    assertThat(check.exitCode(), is(1));
    assertThat(check.err(), is(""));
    assertThat(check.out().lines().toList(),
        hasItem("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated"));

    CliRun explain = CliRun.of("explain", "BS-TIE", "--no-progress", "--period", "2013-12-31");
    assertThat(explain.err(), is(""));
    assertThat(explain.exitCode(), is(0));
  }

  @Test
  void aDataSetOverMaxFactsNamesTheFlagAndTheCountNeeded() throws IOException {
    StringBuilder num = new StringBuilder("adsh\ttag\tversion\tddate\tqtrs\tuom\tvalue\tfootnote\n");
    for (int i = 0; i < 12; i++) {
      num.append("0000000001-25-000001\tT").append(i).append("\tv\t20241231\t0\tUSD\t").append(i + 1).append("\t\n");
    }
    Path zip = SecZips.write(dir.resolve("2025q2.zip"),
        SecZips.lines("adsh\tcik\tname", "0000000001-25-000001\t1\tCO"), num.toString());

    CliRun run = CliRun.of("check", zip.toString(), "--rules", "rules/us-gaap", "--max-facts", "10");

    assertThat(run.exitCode(), is(2));
    assertThat(run.err(), is("2025q2.zip!num.txt: error: expected at most 10 facts in one run (--max-facts),"
        + " found 12 numbers in num.txt: raise --max-facts to 12 or more\n"));
  }
}
