package tieout.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.testing.SharedData;

/**
 * {@code tieout check FILING}: an XBRL filing's facts meet the user's rules and its calculation
 * linkbase is checked beside them (Calculations 1.1), in every report format, with the exit codes of
 * any other run.
 */
class XbrlCheckTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "nflx-10q-2010q3||0|tieout: 60 checks: 54 passed, 0 failed, 0 warnings, 6 not evaluated",
      "nflx-10q-2010q3/nflx-20100930.xml||0|tieout: 60 checks: 54 passed, 0 failed, 0 warnings, 6 not evaluated",
      "unp-10k-2012||0|tieout: 120 checks: 114 passed, 0 failed, 0 warnings, 6 not evaluated",
      // Amazon's 20 inconsistencies (Arelle's too) are segment totals with only some items tagged for the
      // segment: warnings, so the filing exits 0; aeon's one has all its items reported: an error.
      "amzn-10k-2022||0|tieout: 308 checks: 248 passed, 0 failed, 20 warnings, 40 not evaluated",
      "amzn-10k-2022|--no-linkbase-rules|0|tieout: 129 checks: 89 passed, 0 failed, 0 warnings, 40 not evaluated",
      "amzn-10k-2022|--calc=truncation|1|tieout: 313 checks: 239 passed, 5 failed, 20 warnings, 49 not evaluated",
      "aeon-10q-2023q3||1|tieout: 208 checks: 200 passed, 1 failed, 0 warnings, 7 not evaluated",
      "aeon-10q-2023q3/aeon-20230930x10q.htm||1|tieout: 208 checks: 200 passed, 1 failed, 0 warnings, 7 not evaluated",
      "unp-10-k-2025-02-07.html||0|tieout: 82 checks: 76 passed, 0 failed, 0 warnings, 6 not evaluated",
  })
  void everySharedFilingChecks(String filing, String flag, int exit, String summary) {
    Path path = SharedData.require("data/xbrl/" + filing);
    CliRun run = flag == null
        ? CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", path.toString())
        : CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", flag, path.toString());
    assertThat(run.err(), run.exitCode(), is(exit));
    assertThat(run.out(), startsWith(summary + "\n"));
  }

  // Without --rules a filing is checked against its own calculation linkbase only: the bundled ./rules are the
  // sample company's, whose totals would fail on anyone else's statements. The counts are the linkbase's alone.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nflx-10q-2010q3|0|tieout: 52 checks: 52 passed, 0 failed, 0 warnings, 0 not evaluated",
      "unp-10k-2012|0|tieout: 106 checks: 106 passed, 0 failed, 0 warnings, 0 not evaluated",
      "amzn-10k-2022|0|tieout: 266 checks: 246 passed, 0 failed, 20 warnings, 0 not evaluated",
      "aeon-10q-2023q3|1|tieout: 199 checks: 198 passed, 1 failed, 0 warnings, 0 not evaluated",
      "unp-10-k-2025-02-07.html|0|tieout: 74 checks: 74 passed, 0 failed, 0 warnings, 0 not evaluated",
  })
  void withoutRulesEachSharedFilingMeetsItsLinkbaseOnly(String filing, int exit, String summary) {
    Path path = SharedData.require("data/xbrl/" + filing);
    CliRun run = CliRun.of("check", "--no-progress", path.toString());
    assertThat(run.err(), run.exitCode(), is(exit));
    assertThat(run.out(), startsWith(summary + "\n"));
    assertThat(run.out(), containsString("\n  " + NO_RULES + "\n"));
  }

  static final String NO_RULES = "rules: none read: without --rules, XBRL filings are checked against their own"
      + " calculation linkbases only; add --rules DIR to run your checks too (tieout's rules/us-gaap holds checks"
      + " for US GAAP filings)";

  private static final String INSTANCE = "<?xml version=\"1.0\"?>\n"
      + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
      + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:acme=\"http://acme.example/2024\">\n"
      + "<xbrli:context id=\"FY\"><xbrli:entity><xbrli:identifier scheme=\"s\">0000123</xbrli:identifier>"
      + "</xbrli:entity><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate>"
      + "<xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>\n"
      + "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
      + "<acme:Product contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\" id=\"f1\">1235000</acme:Product>\n"
      + "<acme:Service contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\" id=\"f2\">2346000</acme:Service>\n"
      + "<acme:Revenue contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\" id=\"f3\">%s</acme:Revenue>\n"
      + "</xbrli:xbrl>\n";

  private static final String CAL = "<?xml version=\"1.0\"?>\n"
      + "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
      + "<link:calculationLink xlink:type=\"extended\" xlink:role=\"http://acme.example/role/Income\">\n"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"acme-20241231.xsd#acme_Revenue\" xlink:label=\"R\"/>\n"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"acme-20241231.xsd#acme_Product\" xlink:label=\"P\"/>\n"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"acme-20241231.xsd#acme_Service\" xlink:label=\"S\"/>\n"
      + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
      + " xlink:from=\"R\" xlink:to=\"P\" weight=\"1\"/>\n"
      + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
      + " xlink:from=\"R\" xlink:to=\"S\" weight=\"1\"/>\n"
      + "</link:calculationLink>\n</link:linkbase>\n";

  private Path filing(String revenue) throws IOException {
    Files.writeString(dir.resolve("acme-20241231_cal.xml"), CAL, UTF_8);
    Files.writeString(dir.resolve("notes.xml"), "<notes/>\n", UTF_8); // not XBRL: not an input of the folder
    return Files.writeString(dir.resolve("acme-20241231.xml"), String.format(INSTANCE, revenue), UTF_8);
  }

  @Test
  void aCalculationThatTiesPasses() throws IOException {
    filing("3581000");
    CliRun run = CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", dir.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.OK));
    assertThat(run.out(), startsWith("tieout: 1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated\n"));
  }

  @Test
  void withoutRulesAConstructedFilingMeetsItsLinkbaseOnly() throws IOException {
    filing("3583000");
    CliRun run = CliRun.of("check", "--no-progress", dir.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out(), startsWith("tieout: 1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated\n\n"
        + "FAIL calc11:Income:acme_Revenue (error)"));
    assertThat(run.out(), containsString("\n  " + NO_RULES + "\n"));
  }

  @Test
  void calculationArcsOfAnotherArcroleAreNamedNotDroppedUnseen() throws IOException {
    Path instance = filing("3583000");
    // A misspelt arcrole (as in a sample instance in the wild): its arcs are no summation, and the report says so.
    Files.writeString(dir.resolve("acme-20241231_cal.xml"),
        CAL.replace("http://www.xbrl.org/2003/arcrole/summation-item", "http://www.xbrlOrig.org/2003/arcrole/summation-item"),
        UTF_8);
    CliRun run = CliRun.of("check", "--no-progress", instance.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.OK));
    assertThat(run.out(), startsWith("tieout: 0 checks: 0 passed, 0 failed, 0 warnings, 0 not evaluated\n"));
    assertThat(run.out(), containsString("\n  acme-20241231.xml: 0 calculation totals (0 summation-item relationships)"
        + " read\n  acme-20241231.xml: 2 calculation arcs with arcrole"
        + " 'http://www.xbrlOrig.org/2003/arcrole/summation-item' not read: tieout checks the summation-item arcroles"
        + " of XBRL 2.1 (http://www.xbrl.org/2003/arcrole/summation-item) and Calculations 1.1\n"));
  }

  @Test
  void anInconsistentCalculationFailsTheRunInEveryFormat() throws IOException {
    Path instance = filing("3583000");
    CliRun text = CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", instance.toString());
    assertThat(text.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(text.out(), startsWith("tieout: 1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated\n\n"
        + "FAIL calc11:Income:acme_Revenue (error) acme_Revenue in 'Income' does not equal the sum of its items:"
        + " reported [3582500, 3583500], the items add up to [3580000, 3582000]; all 2 items reported (an arithmetic error)\n"
        + "     0000123 · 2024-01-01/2024-12-31\n"));
    assertThat(text.out(), containsString("acme-20241231.xml:7:1 #f3"));

    CliRun json = CliRun.of("check", "--no-progress", "--format", "json", "--rules", "rules/us-gaap",
        instance.toString());
    assertThat(json.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(json.out(), containsString("\"rule\": \"calc11:Income:acme_Revenue\""));

    CliRun csv = CliRun.of("check", "--no-progress", "--format", "csv", "--rules", "rules/us-gaap",
        instance.toString());
    assertThat(csv.out(), containsString("calc11:Income:acme_Revenue"));

    CliRun off = CliRun.of("check", "--no-progress", "--no-linkbase-rules", "--rules", "rules/us-gaap",
        instance.toString());
    assertThat(off.exitCode(), is(ExitCodes.OK));
    assertThat(off.out(), startsWith("tieout: 0 checks: 0 passed, 0 failed, 0 warnings, 0 not evaluated"));
  }

  @Test
  void aDocumentThatIsNotXbrlIsRefused() throws IOException {
    Path page = Files.writeString(dir.resolve("page.htm"), "<html><body>hello</body></html>\n", UTF_8);
    CliRun run = CliRun.of("check", "--no-progress", "--rules", "rules/us-gaap", page.toString());
    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is("page.htm: error: expected an Inline XBRL document (an ix:header in the html), found an"
        + " html document without one: it carries no XBRL facts\n"));
  }
}
