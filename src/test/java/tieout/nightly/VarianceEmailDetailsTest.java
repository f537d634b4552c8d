package tieout.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample's first nightly email (a dry run: variance.txt and variance.html in the run's
 * folder are its two bodies): the flux review's flag counted and listed, each open finding's likely
 * explanations, and a title over each chart.
 */
class VarianceEmailDetailsTest {
  @TempDir Path dir;
  private String text;
  private String html;

  @BeforeEach
  void firstRun() throws Exception {
    Testbed bed = new Testbed(dir).config();
    Testbed.Result r = bed.nightly("--dry-run");
    assertThat(r.err(), r.code(), is(1));
    text = Files.readString(bed.runDir().resolve("variance.txt"));
    html = Files.readString(bed.runDir().resolve("variance.html"));
  }

  @Test
  void theSummaryCountsTheFlaggedFluxChangeAndTheEmailListsIt() {
    assertThat(text, containsString("\n120 checks: 100 passed, 4 failed, 1 warning, 16 not evaluated"
        + " (1 flagged by the flux review of 5 comparisons)\n"));
    assertThat(text, containsString("\nFLUX WARNINGS (1)\n"
        + "  FLUX-IS 2013-01-01/2013-12-31  [warning]  Entrée Gold Inc.\n"
        + "    Net loss and general and administrative expense moved more than 25% and $1,000,000 year over year\n"
        + "    current 5,510,641, comparative 4,295,800, change 1,214,841 (+28.3%), threshold 1,073,950\n"));
    assertThat(html, containsString("<h3>FLUX WARNINGS (1)</h3>"));
    assertThat(html, containsString("<td>current 5,510,641, comparative 4,295,800, change 1,214,841 (+28.3%),"
        + " threshold 1,073,950</td>"));
  }

  @Test
  void eachNewFindingShowsItsLikelyExplanations() {
    assertThat(text, containsString(
        "  IS-Q2Y ExplorationExpense 2013-01-01/2013-12-31  [error]  Entrée Gold Inc.\n"
            + "    The four quarters of the selected quarterly data sum to the year\n"
            + "    reported 5,808,316, computed 6,102,992, variance -294,676 (tolerance 2.5)\n"
            + "    likely explanations (facts whose signed sum is the variance, within tolerance):\n"
            + "      1. + 294,676  MineralPropertyStockBasedCompensation 2013-01-01/2013-12-31"
            + "  entree-gold-2013.xlsx!Mineral Properties!B7\n"));
    assertThat(text, containsString("    reported 5,510,641, computed 6,741,203, variance -1,230,562 (tolerance 2.5)\n"
        + "    likely explanations (facts whose signed sum is the variance, within tolerance):\n"
        + "      1. + 1,422,297  StockBasedCompensation 2013-01-01/2013-12-31"
        + "  entree-gold-2013.xlsx!Results of Operations!B6\n"
        + "         -   294,676  MineralPropertyStockBasedCompensation 2013-01-01/2013-12-31"
        + "  entree-gold-2013.xlsx!Mineral Properties!B7\n"
        + "         +   102,941  Depreciation 2013-01-01/2013-12-31  entree-gold-2013.xlsx!Results of Operations!B11\n"
        + "         = 1,230,562\n"));
    long explained = text.lines().filter(l -> l.startsWith("    likely explanations")).count();
    assertThat(explained, is(4L));
    assertThat(html, containsString("<td style=\"white-space:pre;font-family:monospace\">1. + 294,676  "
        + "MineralPropertyStockBasedCompensation 2013-01-01/2013-12-31  entree-gold-2013.xlsx!Mineral Properties!B7"
        + "</td></tr>"));
  }

  @Test
  void eachChartHasATitleNamingTheLineItemAndTheYear() {
    Matcher m = Pattern.compile("<h4>([^<]*)</h4>\n<svg").matcher(html);
    List<String> titles = m.results().map(r -> r.group(1)).toList();
    assertThat(titles, is(List.of("Exploration, 2012 (IS-Q2Y)", "General and administrative, 2012 (IS-Q2Y)",
        "Exploration, 2013 (IS-Q2Y)", "General and administrative, 2013 (IS-Q2Y)")));
  }
}
