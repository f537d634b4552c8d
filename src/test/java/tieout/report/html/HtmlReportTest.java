package tieout.report.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tieout.run.RunResult;
import tieout.testing.Results;

class HtmlReportTest {

  static String render(RunResult result) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReport().write(result, out);
    return out.toString();
  }

  @Test
  void textFromInputsIsEscapedEverywhere() throws IOException {
    String html = render(HtmlFixtures.run(HtmlFixtures.SCRIPT));
    assertThat(html, not(containsString("<script")));
    assertThat(html, not(containsString("<img")));
    assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt; \u00b7 2013-01-01/2013-12-31"));
    assertThat(html, containsString("The quarters sum to the year &lt;img src=x onerror=alert(2)&gt;"));
    // The untested fact's sheet name, and the narrative excerpt.
    assertThat(html, containsString("entree-gold-2013.xlsx!&lt;script&gt;alert(1)&lt;/script&gt;!C9"));
    assertThat(html, containsString("exploration &lt;script&gt;alert(1)&lt;/script&gt; was $5,900,000"));
  }

  @Test
  void passedChecksListTheirCellsGroupedByFileAndSheet() throws IOException {
    String html = render(HtmlFixtures.run());
    assertThat(html, containsString("<td title=\"Entrée Gold Inc.\">2013-01-01/2013-12-31</td>"
        + "<td class=\"msg\">The same figure agrees wherever it is printed</td><td class=\"num\">11,422,025</td>"
        + "<td class=\"num\">11,422,025</td><td class=\"num\">0</td><td class=\"src cells\">"
        + "entree-gold-2013.xlsx!Selected Annual!B4; entree-gold-2013.xlsx!Results of Operations!B9</td>"));
  }

  @Test
  void quotesCannotLeaveAnAttribute() {
    assertThat(Html.esc("a\"b'c<d>&e"), is("a&quot;b&#39;c&lt;d&gt;&amp;e"));
  }

  @Test
  void pageIsSelfContained() throws IOException {
    String html = render(HtmlFixtures.run());
    assertThat(html, not(containsString("<link")));
    assertThat(html, not(containsString(" src=\"")));
    assertThat(html, not(containsString(" href=\"")));
    assertThat(html, not(containsString("@import")));
    assertThat(html, not(containsString("https://")));
    // The only URL is the SVG namespace, which is a name, not a fetch; url() only points into the page.
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""), not(containsString("http://")));
    assertThat(html.replaceAll("url\\(#hatch-c\\d+\\)", ""), not(containsString("url(")));
  }

  @Test
  void failedChecksComeFirstWithFactsSourcesVarianceAndExplanations() throws IOException {
    String html = render(HtmlFixtures.run());
    int failed = html.indexOf("<section id=\"failed\"><h2>Failed checks (1)</h2>");
    int passed = html.indexOf("<section id=\"passed\"><h2>Passed checks (1)</h2><details id=\"passed-details\">");
    int skipped = html.indexOf("<section id=\"not-evaluated\"><h2>Not evaluated (1)</h2><details id=\"not-evaluated-details\">");
    assertThat(failed, is(not(-1)));
    assertThat(failed, lessThan(passed));
    assertThat(passed, lessThan(skipped));
    String article = html.substring(failed, passed);
    assertThat(article, containsString("<tr><td>+ </td><td>ExplorationExpense</td><td>2013-01-01/2013-03-31</td>"
        + "<td class=\"num\">1,603,790</td><td class=\"num\">0</td><td class=\"src\">entree-gold-2013.xlsx!Quarterly 2013!E3</td></tr>"));
    assertThat(article, containsString("<tr class=\"var\"><td>variance</td><td colspan=\"2\">reported \u2212 computed</td>"
        + "<td class=\"num\">-294,676</td><td colspan=\"2\">tolerance 2.5</td></tr>"));
    assertThat(article, containsString("<li> \u2212 StockBasedCompensation 2013-01-01/2013-12-31 <b>294,676</b> "
        + "<span class=\"src\">(entree-gold-2013.xlsx!Mineral Properties!B9)</span> = -294,676</li>"));
    assertThat(html, containsString("<td>total StockholdersEquity not reported at 2013-03-31</td>"));
  }

  @Test
  void fluxNarrativeAndCoverageSections() throws IOException {
    String html = render(HtmlFixtures.run());
    assertThat(html, containsString("<section id=\"flux\"><h2>Flux review (1)</h2><p>1 flagged change to explain.</p>"));
    assertThat(html, containsString("<td>FLUX-NL</td>"));
    // Cells of one sheet are grouped.
    assertThat(html, containsString("<td class=\"src cells\">entree-gold-2013.xlsx!Selected Annual!B4, C4</td>"));
    assertThat(html, containsString("<td class=\"num\">-3,774,104</td>"));
    assertThat(html, containsString("mdna.txt: 2 amounts \u00b7 1 tied \u00b7 1 contradicted \u00b7 0 differing \u00b7 0 untraced"));
    // 5 + 2 facts of the checks used, the two stock-based compensation facts not.
    assertThat(html, containsString("<span class=\"n\">7 / 9</span><span class=\"l\">facts used by checks (77%)</span>"));
    assertThat(html, containsString("<summary>Untested facts (2)</summary>"));
  }

  @Test
  void withoutFluxOrNarrativeTheSectionsSaySo() throws IOException {
    RunResult full = HtmlFixtures.run();
    RunResult bare = Results.of(full.rules(), full.ledger(), full.findings());
    String html = render(bare);
    assertThat(html, containsString("<p class=\"empty\">No flux (period-over-period) rules ran.</p>"));
    assertThat(html, not(containsString("id=\"narrative\"")));
  }

  @Test
  void rollupChartStacksTheQuartersAgainstTheYearAndMarksTheVariance() throws IOException {
    String html = render(HtmlFixtures.run());
    Matcher svg = Pattern.compile("<svg class=\"chart\".*?</svg>").matcher(html);
    assertThat(svg.find(), is(true));
    String chart = svg.group();
    assertThat(svg.find(), is(false));
    assertThat(chart, containsString("width=\"500\" height=\"250\""));
    Matcher parts = Pattern.compile("<rect class=\"part\" x=\"60\" y=\"(\\d+)\" width=\"76\" height=\"(\\d+)\"").matcher(chart);
    int count = 0;
    int total = 0;
    while (parts.find()) {
      count++;
      total += Integer.parseInt(parts.group(2));
    }
    assertThat(count, is(4));
    // Scale: 0 at y=210, the parts' sum 6,102,992 at y=28; the year 5,808,316 at 28 + 182 * 294,676 / 6,102,992.
    assertThat(total, is(182));
    assertThat(chart, containsString("<rect class=\"reported\" x=\"190\" y=\"37\" width=\"76\" height=\"173\""));
    assertThat(chart, containsString("<line class=\"sum\" x1=\"54\" y1=\"28\" x2=\"272\" y2=\"28\"/>"));
    assertThat(chart, containsString("<rect class=\"variance\" x=\"190\" y=\"28\" width=\"76\" height=\"9\""));
    assertThat(chart, containsString(">Jan\u2013Mar 2013  1,603,790</text>"));
    assertThat(chart, containsString(">variance -294,676</text>"));
  }

  @Test
  void noChartWithoutARollupRule() throws IOException {
    RunResult full = HtmlFixtures.run();
    RunResult noRollup = Results.of(new tieout.rules.RuleSet(full.rules().taxonomy(), ImmutableList.of()),
        full.ledger(), full.findings(), full.explanations(), full.flux(), full.narrative());
    assertThat(render(noRollup), not(containsString("<svg")));
  }
}
