package tieout.report.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Results;

/**
 * The passed checks' rows and charts, formatted in blocks on two threads (tieout.report.InOrder),
 * come in the checks' order, and the charts are numbered through the page after the failed
 * checks' as one pass would number them.
 */
class HtmlBlocksTest {

  @Test
  void rowsAndChartsOfMoreChecksThanABlockComeInOrderNumberedThroughThePage() throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      findings.add(HtmlFixtures.rollupFailure("F" + i));
    }
    List<Integer> pictured = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      Finding f = HtmlFixtures.rollupFailure("E" + i);
      // roll-ups now and then, unevenly, so that the blocks take different counts of numbers (none in some)
      boolean rollup = i % 3 == 0 && i / 256 != 2 || i == 700;
      findings.add(new Finding(rollup ? "IS-Q2Y" : "OTHER", f.severity(), Status.PASS, "m", f.entity(), f.period(),
          f.dimensions(), f.reported(), f.computed(), f.variance(), f.tolerance(), f.reason(),
          ImmutableList.copyOf(f.operands())));
      if (rollup) {
        pictured.add(i);
      }
    }
    RuleSet rules = new RuleSet(Taxonomy.builder().build(),
        ImmutableList.of(new Rule.Rollup(HtmlFixtures.header("IS-Q2Y"), ImmutableList.of(), true)));
    StringWriter out = new StringWriter();
    new HtmlReport().write(Results.of(rules, tieout.ledger.Ledger.builder().build(), ImmutableList.copyOf(findings)), out);
    String html = out.toString();

    List<String> rows = all(Pattern.compile("<tr><td>(?:IS-Q2Y|OTHER)</td><td title=\"(E\\d+)\""), html);
    List<String> expectedRows = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      expectedRows.add("E" + i);
    }
    assertThat(rows, is(expectedRows));

    List<String> ids = all(Pattern.compile("<pattern id=\"hatch-c(\\d+)\""), html);
    List<String> expectedIds = new ArrayList<>();
    for (int i = 1; i <= 3 + pictured.size(); i++) {
      expectedIds.add(String.valueOf(i));
    }
    assertThat(ids, is(expectedIds));

    List<String> captions = all(Pattern.compile("<figcaption>IS-Q2Y \u00b7 (E\\d+) \u00b7"), html);
    assertThat(captions, is(pictured.stream().map(i -> "E" + i).toList()));
    assertThat(all(Pattern.compile("(<h3 style=\"margin:16px 0 8px\">Roll-ups</h3><div class=\"charts\">)"), html).size(),
        is(1));
    assertThat(html.contains("</figcaption></figure></div></div></details>"), is(true));
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
