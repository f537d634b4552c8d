package tieout.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.calc.Calc11;
import tieout.calc.CalcMode;
import tieout.ledger.Period;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;

/**
 * Facts in XBRL {@code <forever/>} contexts load with the period {@code forever}, bind in
 * calculations like any other context (Arelle does the same), and are left alone by every dated rule:
 * quarters summing to the year, roll-forwards and flux comparisons.
 */
class XbrlForeverTest {
  @TempDir Path dir;

  private static final String HEAD = "<?xml version=\"1.0\"?>\n"
      + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
      + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:us-gaap=\"http://fasb.org/us-gaap/2024\">\n"
      + "<xbrli:context id=\"F\"><xbrli:entity><xbrli:identifier scheme=\"s\">0000123</xbrli:identifier>"
      + "</xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>\n"
      + "<xbrli:context id=\"FY\"><xbrli:entity><xbrli:identifier scheme=\"s\">0000123</xbrli:identifier>"
      + "</xbrli:entity><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate>"
      + "<xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>\n"
      + "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n";

  private static final String CAL = "<?xml version=\"1.0\"?>\n"
      + "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
      + "<link:calculationLink xlink:type=\"extended\" xlink:role=\"http://acme.example/role/Income\">\n"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Revenues\" xlink:label=\"R\"/>\n"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_ProductRevenue\" xlink:label=\"P\"/>\n"
      + "<link:loc xlink:type=\"locator\" xlink:href=\"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_ServiceRevenue\" xlink:label=\"S\"/>\n"
      + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
      + " xlink:from=\"R\" xlink:to=\"P\" weight=\"1\"/>\n"
      + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
      + " xlink:from=\"R\" xlink:to=\"S\" weight=\"1\"/>\n"
      + "</link:calculationLink>\n</link:linkbase>\n";

  /** Dated rules beside a sum: each would do date arithmetic on a forever fact if it did not skip it. */
  private static final String TAXONOMY = "concept Revenues monetary duration credit\n"
      + "concept ProductRevenue monetary duration credit\n"
      + "concept ServiceRevenue monetary duration credit\n"
      + "concept Cash monetary instant debit\n"
      + "concept CashPeriodIncreaseDecrease monetary duration debit\n";
  private static final String RULES = "rule REV \"Revenues are product plus service revenue\"\n"
      + "  sum Revenues = ProductRevenue + ServiceRevenue\n"
      + "rule CHAIN \"Quarters sum to the year\"\n"
      + "  rollup quarters of all additive\n"
      + "rule CASH \"Cash rolls forward\"\n"
      + "  rollforward Cash by CashPeriodIncreaseDecrease\n"
      + "rule FLUX \"Revenues moved\"\n"
      + "  flux Revenues yoy > 25%\n";

  private Path instance(String foreverRevenue) throws IOException {
    Files.writeString(dir.resolve("acme-20241231_cal.xml"), CAL, UTF_8);
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("acme.taxonomy"), TAXONOMY, UTF_8);
    Files.writeString(rules.resolve("acme.rules"), RULES, UTF_8);
    return Files.writeString(dir.resolve("acme-20241231.xml"), HEAD
        + "<us-gaap:ProductRevenue contextRef=\"F\" unitRef=\"USD\" decimals=\"-3\" id=\"p\">1235000</us-gaap:ProductRevenue>\n"
        + "<us-gaap:ServiceRevenue contextRef=\"F\" unitRef=\"USD\" decimals=\"-3\" id=\"s\">2346000</us-gaap:ServiceRevenue>\n"
        + "<us-gaap:Revenues contextRef=\"F\" unitRef=\"USD\" decimals=\"-3\" id=\"r\">" + foreverRevenue
        + "</us-gaap:Revenues>\n"
        + "<us-gaap:CashPeriodIncreaseDecrease contextRef=\"F\" unitRef=\"USD\" decimals=\"-3\">5000</us-gaap:CashPeriodIncreaseDecrease>\n"
        + "<us-gaap:ProductRevenue contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\">1000000</us-gaap:ProductRevenue>\n"
        + "<us-gaap:ServiceRevenue contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\">2000000</us-gaap:ServiceRevenue>\n"
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\">3000000</us-gaap:Revenues>\n"
        + "</xbrli:xbrl>\n", UTF_8);
  }

  private CliRun check(Path instance, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("check", "--no-progress", "--rules",
        dir.resolve("rules").toString()));
    args.addAll(List.of(more));
    args.add(instance.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void foreverFactsLoadWithTheirPeriodAndNoProblem() throws IOException {
    XbrlFiling filing = XbrlLoader.load(instance("3581000"), Taxonomy.builder().build(), 100);
    assertEquals(List.of(), filing.problems());
    assertEquals("Revenues forever 3581000, ProductRevenue forever 1235000, ServiceRevenue forever 2346000,"
        + " CashPeriodIncreaseDecrease forever 5000",
        filing.facts().stream().filter(f -> f.period().isForever())
            .map(f -> f.concept().name() + " " + f.period() + " " + f.amount().toPlainString())
            .sorted((a, b) -> order(a) - order(b)).collect(Collectors.joining(", ")));
    assertEquals(Period.FOREVER, Period.parse("forever"));
  }

  private static int order(String s) {
    return s.startsWith("Revenues") ? 0 : s.startsWith("Product") ? 1 : s.startsWith("Service") ? 2 : 3;
  }

  @Test
  void aConsistentForeverSummationPasses() throws IOException {
    Path instance = instance("3581000");
    XbrlFiling filing = XbrlLoader.load(instance, Taxonomy.builder().build(), 100);
    assertEquals("calc11:Income:Revenues forever PASS, calc11:Income:Revenues 2024-01-01/2024-12-31 PASS",
        Calc11.evaluate(filing, CalcMode.ROUND_TO_NEAREST).findings().stream()
            .map(f -> f.rule() + " " + f.period() + " " + f.status()).collect(Collectors.joining(", ")));

    CliRun run = check(instance);
    assertThat(run.err(), run.exitCode(), is(ExitCodes.OK));
    // The two sums (the rule's and the linkbase's) in both contexts; no quarter, roll-forward or flux check
    // is made of a forever fact.
    assertThat(run.out(), startsWith("tieout: 4 checks: 4 passed, 0 failed, 0 warnings, 0 not evaluated\n"));
  }

  @Test
  void aForeverInconsistencyIsExactlyThatFindingInEveryFormat() throws IOException {
    Path instance = instance("3583000");
    XbrlFiling filing = XbrlLoader.load(instance, Taxonomy.builder().build(), 100);
    Calc11.Result result = Calc11.evaluate(filing, CalcMode.ROUND_TO_NEAREST);
    assertEquals("calc11:Income:Revenues forever FAIL: Revenues in 'Income' does not equal the sum of its items:"
        + " reported [3582500, 3583500], the items add up to [3580000, 3582000]; all 2 items reported"
        + " (an arithmetic error)",
        result.findings().stream().filter(f -> f.status().name().equals("FAIL"))
            .map(f -> f.rule() + " " + f.period() + " " + f.status() + ": " + f.message())
            .collect(Collectors.joining("\n")));

    CliRun text = check(instance);
    assertThat(text.err(), text.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(text.out(), startsWith("tieout: 4 checks: 2 passed, 2 failed, 0 warnings, 0 not evaluated\n\n"));
    assertThat(text.out(), containsString("FAIL calc11:Income:Revenues (error) Revenues in 'Income' does not"
        + " equal the sum of its items: reported [3582500, 3583500], the items add up to [3580000, 3582000];"
        + " all 2 items reported (an arithmetic error)\n     0000123 · forever\n"));
    assertThat(text.out(), containsString("acme-20241231.xml:8:1 #r"));
    for (String format : List.of("json", "csv", "html")) {
      CliRun other = check(instance, "--format", format);
      assertThat(format + other.err(), other.exitCode(), is(ExitCodes.DISCREPANCIES));
      assertThat(format, other.out(), containsString("forever"));
      assertThat(format, other.err(), not(containsString("Exception")));
    }

    CliRun explain = CliRun.of("explain", "REV", "--no-progress", "--period", "forever", "--rules",
        dir.resolve("rules").toString(), instance.toString());
    assertThat(explain.err(), explain.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(explain.out(), containsString("forever"));
  }

  @Test
  void theHistoryStoresAForeverFindingUnderItsPeriod() throws IOException {
    Path instance = instance("3583000");
    tieout.run.RunResult result = tieout.run.Reconciliation.run(List.of(instance), dir.resolve("rules"),
        tieout.load.LoadOptions.within(tieout.load.Limits.DEFAULT), java.util.Optional.empty());
    tieout.history.HistoryStore store = tieout.history.HistoryStore.open(dir.resolve("history.db").toString(),
        java.util.Map.of());
    tieout.history.VarianceReport report = store.record("forever", result.findings(),
        java.time.Instant.parse("2024-05-01T02:00:00Z"), java.time.ZoneOffset.UTC, tieout.history.RecordListener.NONE);
    assertEquals("REV 0000123 forever FAIL, calc11:Income:Revenues 0000123 forever FAIL",
        store.findings(report.runId()).stream().filter(s -> s.key().period().equals("forever"))
            .map(s -> s.key().rule() + " " + s.key().entity() + " " + s.key().period() + " " + s.status())
            .sorted().collect(Collectors.joining(", ")));
  }

  @Test
  void theXbrlExportWritesForever() throws IOException {
    Path instance = instance("3581000");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("export", "--format", "xbrl", "--no-progress", "--rules", dir.resolve("rules").toString(),
        out.toString(), instance.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.OK));
    String written;
    try (var files = Files.list(out)) {
      Path xml = files.filter(p -> p.toString().endsWith(".xml") && !p.toString().endsWith("_cal.xml")).findFirst()
          .orElseThrow();
      written = Files.readString(xml);
    }
    assertThat(written, containsString("<xbrli:period><xbrli:forever/></xbrli:period>"));

    // xBRL-CSV: a forever fact has no period (an empty cell).
    Path csv = dir.resolve("csv");
    CliRun csvRun = CliRun.of("export", "--format", "xbrl-csv", "--no-progress", "--rules",
        dir.resolve("rules").toString(), csv.toString(), instance.toString());
    assertThat(csvRun.err(), csvRun.exitCode(), is(ExitCodes.OK));
    assertThat(Files.readString(csv.resolve("ledger.csv")),
        containsString("\ntieout:Revenues,entity:0000123,,iso4217:USD,-3,3581000\n"));
  }
}
