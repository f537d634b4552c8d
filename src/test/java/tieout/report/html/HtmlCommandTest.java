package tieout.report.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.cli.Main;

/** {@code tieout check --format html} on the bundled sample, end to end through the CLI. */
class HtmlCommandTest {

  @Test
  void checkWritesTheHtmlReportOfTheSample(@TempDir Path tmp) throws Exception {
    Path report = tmp.resolve("report.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--format", "html", "--output", report.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString(), code, is(1));
    assertThat(out.toString(), is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated; report written to "
        + report + "\n"));
    String html = Files.readString(report);
    assertThat(html, containsString("<section id=\"failed\"><h2>Failed checks (4)</h2>"));
    assertThat(count(html, "<article class=\"finding\" data-rule=\"IS-Q2Y\">"), is(4));
    // Every IS-Q2Y finding that was evaluated gets a chart: the 4 failed ones and the passed ones.
    assertThat(count(html, "<tr><td>IS-Q2Y</td>"), is(19));
    assertThat(count(html, "<svg class=\"chart\""), is(19 + 4));
    assertThat(html, containsString("<span class=\"n\">268 / 289</span><span class=\"l\">facts used by checks (92%)</span>"));
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
