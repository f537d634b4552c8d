package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tieout.ledger.Ledger;
import tieout.load.InputProblem;
import tieout.load.SheetCoverage;
import tieout.report.html.HtmlReport;
import tieout.rules.RuleSet;
import tieout.run.RunResult;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Results;

/** Every report format shows the inputs that could not be read: errors, before the checks. */
class UnreadableReportTest {
  private static final ImmutableList<InputProblem> TWO = ImmutableList.of(
      new InputProblem("bs.csv:3", "expected an amount for 'Cash' (2013-12-31), found text \"n/a\""),
      new InputProblem("book.xlsx", "expected an Excel workbook (.xlsx), found an empty file"));

  private static String render(ReportFormat format, ImmutableList<InputProblem> unreadable) throws IOException {
    StringWriter out = new StringWriter();
    format.write(new RunResult(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()), Ledger.builder().build(),
        ImmutableList.of(ReportFixtures.pass()), ImmutableMap.of(), ImmutableList.of(), Optional.empty(),
        ImmutableList.of(), unreadable, ImmutableList.of()), out);
    return out.toString();
  }

  private static ImmutableList<InputProblem> many(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> new InputProblem("big.csv:" + (i + 1), "unknown concept 'Nope'"))
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void textCountsThemInTheSummaryAndListsThemBeforeTheChecks() throws IOException {
    assertThat(render(new TextReport(), TWO), startsWith(String.join("\n",
        "tieout: 1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated; 2 unreadable inputs",
        "",
        "Unreadable (error; the rest was loaded and checked):",
        "  UNREADABLE bs.csv:3: expected an amount for 'Cash' (2013-12-31), found text \"n/a\"",
        "  UNREADABLE book.xlsx: expected an Excel workbook (.xlsx), found an empty file",
        "")));
    assertThat(render(new TextReport(), ImmutableList.of()),
        is("tieout: 1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated\n"));
  }

  @Test
  void textShowsTwentyThenTheTotal() throws IOException {
    String text = render(new TextReport(), many(17_096));
    assertThat(text, containsString("  UNREADABLE big.csv:21: unknown concept 'Nope'\n"
        + "  20 shown of 17,096; all in --format json\n"));
    assertThat(text, not(containsString("big.csv:22:")));
    assertThat(text, startsWith("tieout: 1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated;"
        + " 17,096 unreadable inputs\n"));
  }

  @Test
  void jsonListsEveryOneAndCountsThem() throws IOException {
    JsonObject json = JsonParser.parseString(render(new JsonReport(), many(25))).getAsJsonObject();
    assertThat(json.getAsJsonObject("summary").get("unreadable").getAsInt(), is(25));
    assertThat(json.getAsJsonArray("unreadable").size(), is(25));
    assertThat(json.getAsJsonArray("unreadable").get(24).toString(), is("{\"status\":\"UNREADABLE\",\"severity\":"
        + "\"error\",\"location\":\"big.csv:26\",\"message\":\"unknown concept 'Nope'\"}"));
    JsonObject none = JsonParser.parseString(render(new JsonReport(), ImmutableList.of())).getAsJsonObject();
    assertThat(none.getAsJsonArray("unreadable").size(), is(0));
  }

  @Test
  void csvHasAnErrorRowEach() throws IOException {
    assertThat(render(new CsvReport(), TWO), endsWith(
        "\"\",error,UNREADABLE,\"expected an amount for 'Cash' (2013-12-31), found text \"\"n/a\"\"\",,,,,,,,,bs.csv:3,,"
            + "input\r\n"
            + "\"\",error,UNREADABLE,\"expected an Excel workbook (.xlsx), found an empty file\",,,,,,,,,book.xlsx,,"
            + "input\r\n"));
  }

  @Test
  void htmlHasASectionAndACard() throws IOException {
    String html = render(new HtmlReport(), TWO);
    assertThat(html, containsString("<section id=\"unreadable\"><h2>Unreadable inputs (2)</h2>"));
    assertThat(html, containsString("<li class=\"fail\"><b>UNREADABLE</b> <code>bs.csv:3</code>: expected an amount"
        + " for &#39;Cash&#39; (2013-12-31), found text &quot;n/a&quot;</li>"));
    assertThat(html, containsString("<span class=\"n\">2</span><span class=\"l\">unreadable inputs</span>"));
    assertThat(html.indexOf("id=\"unreadable\"") < html.indexOf("id=\"failed\""), is(true));
    assertThat(render(new HtmlReport(), ImmutableList.of()), not(containsString("id=\"unreadable\"")));
  }

  private static String renderCoverage(ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    RunResult base = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()), Ledger.builder().build(),
        ImmutableList.of(ReportFixtures.pass()), ImmutableMap.of(), ImmutableList.of(), Optional.empty());
    format.write(new RunResult(base.rules(), base.ledger(), base.findings(), base.explanations(), base.flux(),
        base.narrative(), base.notices(), TWO.subList(0, 1), ImmutableList.of(
            new SheetCoverage("book.xlsx!BS", 40, 40), new SheetCoverage("bs.csv", 2, 3))), out);
    return out.toString();
  }

  @Test
  void coverageIsInEveryFormatAndInTextOnlyWhenNotFull() throws IOException {
    String text = renderCoverage(new TextReport());
    assertThat(text, containsString("\nSheets not read in full:\n  bs.csv: 2 of 3 amount cells read\n"));
    assertThat(text, not(containsString("book.xlsx!BS")));
    assertThat(JsonParser.parseString(renderCoverage(new JsonReport())).getAsJsonObject().getAsJsonArray("coverage")
        .toString(), is("[{\"sheet\":\"book.xlsx!BS\",\"read\":40,\"present\":40},"
            + "{\"sheet\":\"bs.csv\",\"read\":2,\"present\":3}]"));
    assertThat(renderCoverage(new CsvReport()), containsString(
        "\"\",,,bs.csv: 2 of 3 amount cells read,,,,,,,,,bs.csv,,coverage\r\n"));
    assertThat(renderCoverage(new HtmlReport()), containsString(
        "<tr><td>bs.csv</td><td class=\"num\">2</td><td class=\"num\">3</td></tr>"));
  }
}
