package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.ledger.Ledger;
import tieout.load.Notice;
import tieout.report.html.HtmlReport;
import tieout.rules.RuleSet;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Results;

/** Every report format shows the loader's notices about hidden sheets and rows. */
class NoticesReportTest {
  private static final ImmutableList<Notice> NOTICES = ImmutableList.of(
      new Notice("entree.xlsx!Q2!7", "hidden row, 3 facts loaded"),
      new Notice("entree.xlsx!<Notes>", "hidden sheet, 12 facts loaded"));

  private static String render(ReportFormat format, ImmutableList<Notice> notices) throws IOException {
    StringWriter out = new StringWriter();
    format.write(Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()), Ledger.builder().build(),
        ImmutableList.of(ReportFixtures.pass()), ImmutableMap.of(), ImmutableList.of(), Optional.empty(), notices), out);
    return out.toString();
  }

  @Test
  void textEndsWithANoticesSection() throws IOException {
    assertThat(render(new TextReport(), NOTICES), endsWith(String.join("\n",
        "",
        "Notices:",
        "  entree.xlsx!Q2!7: hidden row, 3 facts loaded",
        "  entree.xlsx!<Notes>: hidden sheet, 12 facts loaded",
        "")));
    assertThat(render(new TextReport(), ImmutableList.of()), not(containsString("Notices")));
  }

  @Test
  void jsonHasANoticesArrayEvenWhenEmpty() throws IOException {
    JsonArray notices = JsonParser.parseString(render(new JsonReport(), NOTICES)).getAsJsonObject()
        .getAsJsonArray("notices");
    assertThat(notices.toString(), is("[{\"location\":\"entree.xlsx!Q2!7\",\"message\":\"hidden row, 3 facts loaded\"},"
        + "{\"location\":\"entree.xlsx!<Notes>\",\"message\":\"hidden sheet, 12 facts loaded\"}]"));
    assertThat(JsonParser.parseString(render(new JsonReport(), ImmutableList.of())).getAsJsonObject()
        .getAsJsonArray("notices").size(), is(0));
  }

  @Test
  void csvHasOneNoticeRowEach() throws IOException {
    String csv = render(new CsvReport(), NOTICES);
    assertThat(csv, endsWith(
        "\"\",,,\"hidden row, 3 facts loaded\",,,,,,,,,entree.xlsx!Q2!7,,notice\r\n"
        + "\"\",,,\"hidden sheet, 12 facts loaded\",,,,,,,,,entree.xlsx!<Notes>,,notice\r\n"));
  }

  @Test
  void htmlHasAnEscapedNoticesSection() throws IOException {
    String html = render(new HtmlReport(), NOTICES);
    assertThat(html, containsString("<section id=\"notices\"><h2>Notices (2)</h2><ul>"
        + "<li><code>entree.xlsx!Q2!7</code>: hidden row, 3 facts loaded</li>"
        + "<li><code>entree.xlsx!&lt;Notes&gt;</code>: hidden sheet, 12 facts loaded</li></ul></section>"));
    assertThat(render(new HtmlReport(), ImmutableList.of()), not(containsString("id=\"notices\"")));
  }
}
