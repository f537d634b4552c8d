package tieout;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.report.Summary;
import tieout.run.RunResult;
import tieout.testing.Runs;

/** The README's sample output is a real run's, so it cannot go stale. */
class ReadmeSampleOutputTest {

  private static final String SECTION = "## What the sample shows";

  @Test
  void readmeShowsTheSampleSummaryLine() throws IOException {
    RunResult result = Runs.run(List.of(Path.of("spreadsheets")), Path.of("rules"));
    // Built as TextReport builds its first line.
    String line = "tieout: " + Summary.of(result.findings()).line()
        + Summary.unreadable(result.unreadable().size());

    assertThat(sampleOutputBlock(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)),
        is(line + "\n"));
  }

  /** The text of the first fenced block after the sample's heading (empty when there is none). */
  static String sampleOutputBlock(String readme) {
    int section = readme.indexOf("\n" + SECTION + "\n");
    if (section < 0) {
      return "";
    }
    int open = readme.indexOf("\n```\n", section);
    if (open < 0) {
      return "";
    }
    int start = open + "\n```\n".length();
    int close = readme.indexOf("```\n", start);
    return close < 0 ? "" : readme.substring(start, close);
  }

  @Test
  void blockIsTheFencedTextAfterTheHeading() {
    String readme = "# t\n\n```\nnot this\n```\n" + SECTION + "\n\ntext\n\n```\nthe line\n```\n";
    assertThat(sampleOutputBlock(readme), is("the line\n"));
    assertThat(sampleOutputBlock("# t\n```\nx\n```\n"), is(""));
  }
}
